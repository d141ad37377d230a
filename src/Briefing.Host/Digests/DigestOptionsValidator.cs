using Microsoft.Extensions.Options;

namespace Briefing.Host.Digests;

/// <summary>Names every bad digest setting and how to fix it.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    private const int MaxArticles = 100_000;
    private const int MaxRecentDays = 3650;

    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        var failures = new List<string>();
        if (options.MaxArticlesPerTopic is < 1 or > MaxArticles)
            failures.Add($"Digests:MaxArticlesPerTopic is {options.MaxArticlesPerTopic}; set it between 1 and {MaxArticles} (default 10000).");
        if (options.RecentDays is < 1 or > MaxRecentDays)
            failures.Add($"Digests:RecentDays is {options.RecentDays}; set it between 1 and {MaxRecentDays} days (default 30).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
