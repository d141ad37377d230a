using Briefing.Host.Hosting;
using Briefing.News.Topics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Topics;

/// <summary>Registers the topics of config/topics.json (checked at start) and the classifier over them.</summary>
public static class TopicsRegistration
{
    public static IHostApplicationBuilder AddTopics(this IHostApplicationBuilder builder)
    {
        var contentRoot = builder.Environment.ContentRootPath;
        var configDirectory = ConfigDirectory.Of(builder);
        builder.Services.AddOptions<TopicsOptions>()
            .Bind(builder.Configuration.GetSection(TopicsOptions.Section))
            .PostConfigure(o => o.Path = o.Path is { Length: > 0 }
                ? ConfigDirectory.Resolve(contentRoot, o.Path)
                : Path.Combine(configDirectory, "topics.json"))
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<TopicsOptions>, TopicsOptionsValidator>();
        builder.Services.AddSingleton<IReadOnlyList<TopicDefinition>>(sp =>
            TopicCatalog.Parse(File.ReadAllText(sp.GetRequiredService<IOptions<TopicsOptions>>().Value.Path)));
        builder.Services.AddSingleton(sp => new TopicClassifier(sp.GetRequiredService<IReadOnlyList<TopicDefinition>>()));
        return builder;
    }
}
