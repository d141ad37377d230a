using System.Diagnostics;
using Briefing.Tests.Shared;

namespace Briefing.Telegram.Tests.EndToEnd;

/// <summary>
/// The npm Bot API emulator (telegram-test-api, locked in tests/package-lock.json) hosted by tests/emulator/server.js
/// on 127.0.0.1 and a free port; installed with `npm ci` first when tests/node_modules lacks it. Tests share one per
/// class and keep apart by using a bot token of their own.
/// </summary>
public sealed class TelegramEmulator : IAsyncLifetime
{
    private Process? node;

    /// <summary>The emulator's address: Telegram:ApiBaseUrl for the bot, and the base of its client routes for users.</summary>
    public string BaseUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await NodeModules.RequireAsync("telegram-test-api");
        var testsFolder = NodeModules.TestsFolder;

        node = Process.Start(new ProcessStartInfo("node", Path.Combine("emulator", "server.js"))
        {
            WorkingDirectory = testsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("could not start node");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await node.StandardOutput.ReadLineAsync(timeout.Token);
        if (line is null || !line.StartsWith("listening ", StringComparison.Ordinal))
            throw new InvalidOperationException($"emulator did not start: {line} {await node.StandardError.ReadToEndAsync(timeout.Token)}");
        BaseUrl = $"http://127.0.0.1:{line["listening ".Length..].Trim()}";
    }

    public async Task DisposeAsync()
    {
        if (node is null) return;
        // Closing stdin asks server.js to stop; kill it only if it does not.
        node.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill();
        }
        node.Dispose();
    }
}
