using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Health;

/// <summary>Registers GET /healthz on the loopback address of Health:Url.</summary>
public static class HealthRegistration
{
    public static IHostApplicationBuilder AddHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HealthOptions>().Bind(builder.Configuration.GetSection(HealthOptions.Section)).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        builder.Services.AddSingleton<HealthReportBuilder>();
        builder.Services.AddSingleton<HealthServer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<HealthServer>());
        return builder;
    }
}
