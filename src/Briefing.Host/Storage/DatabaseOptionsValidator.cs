using Microsoft.Extensions.Options;

namespace Briefing.Host.Storage;

/// <summary>Checks <see cref="DatabaseOptions"/> at start and says how to fix each problem.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Path))
            failures.Add("Database:Path is empty: set it to the SQLite file to use, e.g. \"data/briefing.db\", or pass --db PATH.");
        else if (options.Path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"Database:Path \"{options.Path}\" contains characters a file path cannot have.");
        else if (Directory.Exists(options.Path))
            failures.Add($"Database:Path \"{options.Path}\" is a folder: give a file path inside it, e.g. \"{Path.Combine(options.Path, "briefing.db")}\".");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
