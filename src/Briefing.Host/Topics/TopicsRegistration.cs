using Briefing.Host.Hosting;
using Briefing.News.Topics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Topics;

/// <summary>Registers the topics of config/topics.json and the classifier over them.</summary>
public static class TopicsRegistration
{
    public static IHostApplicationBuilder AddTopics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IReadOnlyList<TopicDefinition>>(_ =>
        {
            var configured = builder.Configuration["Topics:Path"];
            var path = configured is { Length: > 0 }
                ? ConfigDirectory.Resolve(builder.Environment.ContentRootPath, configured)
                : Path.Combine(builder.Configuration["ConfigDirectory"]!, "topics.json");
            return TopicCatalog.Parse(File.ReadAllText(path));
        });
        builder.Services.AddSingleton(sp => new TopicClassifier(sp.GetRequiredService<IReadOnlyList<TopicDefinition>>()));
        return builder;
    }
}
