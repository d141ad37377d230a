using System.Diagnostics;

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
        var testsFolder = FindTestsFolder();
        if (!Directory.Exists(Path.Combine(testsFolder, "node_modules", "telegram-test-api")))
            await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", testsFolder);

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

    private static string FindTestsFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests");
            if (File.Exists(Path.Combine(candidate, "package-lock.json")) && File.Exists(Path.Combine(candidate, "emulator", "server.js")))
                return candidate;
        }
        throw new InvalidOperationException("tests/package-lock.json not found above " + AppContext.BaseDirectory);
    }

    private static async Task RunAsync(string file, string arguments, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output} {await errors}");
    }
}
