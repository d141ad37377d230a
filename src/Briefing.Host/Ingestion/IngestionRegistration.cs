using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Ingestion;

/// <summary>Registers the corpus options and the ingester (the worker's start-up and the ingestion job run it).</summary>
public static class IngestionRegistration
{
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CorpusOptions>()
            .Bind(builder.Configuration.GetSection(CorpusOptions.Section))
            .PostConfigure(o =>
            {
                // --corpus blanks configured folders beyond the ones it gives; those blanks are not folders.
                o.Folders.RemoveAll(f => f is null);
                if (o.Folders.Count == 0) o.Folders.Add("seeds");
            })
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<CorpusOptions>, CorpusOptionsValidator>();
        builder.Services.AddSingleton<CorpusIngester>();
        return builder;
    }

    /// <summary>The "Corpus" section as configured, for what is decided while registering (the ingestion trigger).</summary>
    public static CorpusOptions ConfiguredCorpus(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetSection(CorpusOptions.Section).Get<CorpusOptions>() ?? new CorpusOptions();
}
