using Briefing.Host.Hosting;
using Briefing.Store.Articles;
using Briefing.Store.Database;
using Briefing.Store.Feeds;
using Briefing.Store.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Storage;

/// <summary>Registers the SQLite database and the article, search and feed repositories over it.</summary>
public static class StorageRegistration
{
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().Bind(builder.Configuration.GetSection(DatabaseOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();
        builder.Services.AddSingleton(sp => new SqliteDatabase(
            ConfigDirectory.Resolve(builder.Environment.ContentRootPath, sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Path),
            sp.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<IArticleRepository, SqliteArticleRepository>();
        builder.Services.AddSingleton<ISearchRepository, SqliteSearchRepository>();
        builder.Services.AddSingleton<IFeedRepository, SqliteFeedRepository>();
        return builder;
    }
}
