using Microsoft.Extensions.Options;

namespace Briefing.Host.Digests;

/// <summary>Names every bad digest setting and how to fix it.</summary>
public sealed class DigestOptionsValidator : IValidateOptions<DigestOptions>
{
    private const int MaxArticles = 100_000;

    public ValidateOptionsResult Validate(string? name, DigestOptions options)
    {
        if (options.MaxArticlesPerTopic is < 1 or > MaxArticles)
            return ValidateOptionsResult.Fail(
                $"Digests:MaxArticlesPerTopic is {options.MaxArticlesPerTopic}; set it between 1 and {MaxArticles} (default 10000).");
        return ValidateOptionsResult.Success;
    }
}
