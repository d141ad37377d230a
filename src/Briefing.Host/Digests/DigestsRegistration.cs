using Briefing.News.Digests;
using Briefing.News.Summaries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Digests;

/// <summary>Registers the summariser, digest composition and rendering, and the assembler over the store (needs topics and storage).</summary>
public static class DigestsRegistration
{
    public static IHostApplicationBuilder AddDigests(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DigestOptions>().Bind(builder.Configuration.GetSection(DigestOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        builder.Services.AddSingleton<Summarizer>();
        builder.Services.AddSingleton<DigestComposer>();
        builder.Services.AddSingleton(_ => new TelegramDigestRenderer());
        builder.Services.AddSingleton<PlainTextDigestRenderer>();
        builder.Services.AddSingleton<DigestAssembler>();
        builder.Services.TryAddSingleton<IDigestSource>(sp => sp.GetRequiredService<DigestAssembler>());
        return builder;
    }
}
