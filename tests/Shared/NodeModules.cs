using System.Diagnostics;

namespace Briefing.Tests.Shared;

/// <summary>
/// The npm tools the tests run (tests/package.json, locked by tests/package-lock.json): found in tests/node_modules, or
/// installed there with `npm ci` first. Test assemblies run in parallel, so the install holds a file lock that other
/// processes wait on, and each re-checks after taking it.
/// </summary>
internal static class NodeModules
{
    /// <summary>The repository's tests/ folder (package.json, package-lock.json, node_modules).</summary>
    public static string TestsFolder { get; } = RepositoryFiles.Path("tests");

    /// <summary>The installed package's folder, running `npm ci` when it is missing.</summary>
    public static async Task<string> RequireAsync(string package)
    {
        var folder = Path.Combine(TestsFolder, "node_modules", package);
        if (Directory.Exists(folder)) return folder;
        await using var installLock = await LockAsync(Path.Combine(TestsFolder, ".npm-ci.lock"));
        if (Directory.Exists(folder)) return folder;
        await RunAsync("npm", "ci --no-audit --no-fund --loglevel=error", TestsFolder);
        if (!Directory.Exists(folder)) throw new InvalidOperationException($"npm ci did not install {package}: is it in tests/package.json?");
        return folder;
    }

    private static async Task<FileStream> LockAsync(string path)
    {
        // FileShare.None is an exclusive lock across processes; another test assembly holding it is installing.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        while (true)
        {
            try { return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None); }
            catch (IOException) { await Task.Delay(200, timeout.Token); }
        }
    }

    /// <summary>Runs a tool to its end; a non-zero exit is an exception carrying its output.</summary>
    public static async Task<string> RunAsync(string file, string arguments, string? folder = null)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder ?? TestsFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException($"could not start {file}");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await output} {await errors}");
        return await output;
    }
}
