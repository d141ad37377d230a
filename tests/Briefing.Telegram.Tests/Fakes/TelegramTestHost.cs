using Briefing.Telegram.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>Builds (without starting) a host with the real <c>AddTelegramApi()</c> registration pointed at a <see cref="FakeBotApiServer"/>, logging at every level into <paramref name="logs"/>.</summary>
public static class TelegramTestHost
{
    public static IHost Build(
        FakeBotApiServer server,
        CapturingLoggerProvider? logs = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:Token"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        if (logs is not null) builder.Logging.AddProvider(logs);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddTelegramApi();
        configureServices?.Invoke(builder.Services);
        return builder.Build();
    }
}
