using Microsoft.Extensions.Options;

namespace Briefing.Host.Ingestion;

/// <summary>Checks <see cref="CorpusOptions"/> at start and says how to fix each problem.</summary>
public sealed class CorpusOptionsValidator : IValidateOptions<CorpusOptions>
{
    public ValidateOptionsResult Validate(string? name, CorpusOptions options)
    {
        var failures = new List<string>();
        if (options.Folders.Any(string.IsNullOrWhiteSpace))
            failures.Add("Corpus:Folders has an empty entry: remove it or give a folder path.");
        if (options.MaxFileBytes <= 0)
            failures.Add($"Corpus:MaxFileBytes is {options.MaxFileBytes}: set a positive size in bytes, e.g. {CorpusOptions.DefaultMaxFileBytes} (5 MB).");
        if (options.IngestEveryMinutes < 0 || !double.IsFinite(options.IngestEveryMinutes))
            failures.Add($"Corpus:IngestEveryMinutes is {options.IngestEveryMinutes}: give the minutes between ingestions, e.g. 15, or 0 to ingest only at start and when files change.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
