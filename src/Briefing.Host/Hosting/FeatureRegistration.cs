using Briefing.Host.Delivery;
using Briefing.Host.Feeds;
using Briefing.Host.Digests;
using Briefing.Host.Health;
using Briefing.Host.Ingestion;
using Briefing.Host.Scheduling;
using Briefing.Host.Storage;
using Briefing.Host.Topics;
using Briefing.Telegram.Api;
using Briefing.Telegram.Updates;
using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Hosting;

/// <summary>One line per feature: the place to see everything the host is made of.</summary>
public static class FeatureRegistration
{
    public static IHostApplicationBuilder AddBriefingFeatures(this IHostApplicationBuilder builder)
    {
        builder.AddTopics();
        builder.AddStorage();
        builder.AddIngestion();
        builder.AddFeeds();
        builder.AddTelegramApi();
        builder.AddTelegramBot();
        builder.AddDigests();
        builder.AddDelivery();
        builder.AddScheduling();
        builder.AddHealth();
        return builder;
    }
}
