using Microsoft.Extensions.Hosting;

namespace Briefing.Host.Hosting;

/// <summary>Finds the config/ folder: the working directory's when it has one, else the copy beside the executable.</summary>
public static class ConfigDirectory
{
    /// <summary>The configuration key the host records the folder under (a test's host may give its own).</summary>
    public const string Key = "ConfigDirectory";

    /// <summary>The folder the host's configuration came from, or where it would be for a host built without one.</summary>
    public static string Of(IHostApplicationBuilder builder) =>
        builder.Configuration[Key] ?? Locate(builder.Environment.ContentRootPath);

    public static string Locate(string contentRoot)
    {
        var local = Path.Combine(contentRoot, "config");
        if (File.Exists(Path.Combine(local, "appsettings.json"))) return local;
        return Path.Combine(AppContext.BaseDirectory, "config");
    }

    /// <summary>Resolves a configured path: absolute as given, relative against the content root.</summary>
    public static string Resolve(string contentRoot, string path) =>
        Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(contentRoot, path));
}
