using Microsoft.Extensions.Options;

namespace Briefing.Host.Feeds;

/// <summary>Checks <see cref="FeedsOptions"/> at start and says how to fix each problem.</summary>
public sealed class FeedsOptionsValidator : IValidateOptions<FeedsOptions>
{
    public ValidateOptionsResult Validate(string? name, FeedsOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Sources.Count; i++)
            if (FeedAddress.Check(options.Sources[i].Url) is { } problem)
                failures.Add($"Feeds:Sources:{i}:Url {problem}");
        if (options.PollMinutes <= 0) failures.Add($"Feeds:PollMinutes is {options.PollMinutes}: set the minutes between pulls, e.g. 15.");
        if (options.MaxBackoffMinutes < options.PollMinutes)
            failures.Add($"Feeds:MaxBackoffMinutes ({options.MaxBackoffMinutes}) is below Feeds:PollMinutes ({options.PollMinutes}): set it at least as high, e.g. 1440.");
        if (options.RequestTimeoutSeconds <= 0) failures.Add($"Feeds:RequestTimeoutSeconds is {options.RequestTimeoutSeconds}: set a positive number of seconds, e.g. 20.");
        if (options.MaxRetries is < 0 or > 10) failures.Add($"Feeds:MaxRetries is {options.MaxRetries}: use 0 to 10, e.g. 2.");
        if (options.RetryDelayMilliseconds <= 0) failures.Add($"Feeds:RetryDelayMilliseconds is {options.RetryDelayMilliseconds}: set a positive delay, e.g. 1000.");
        if (options.MaxResponseBytes <= 0) failures.Add($"Feeds:MaxResponseBytes is {options.MaxResponseBytes}: set a positive size in bytes, e.g. 5242880 (5 MB).");
        if (options.HostIntervalMilliseconds < 0) failures.Add($"Feeds:HostIntervalMilliseconds is {options.HostIntervalMilliseconds}: use 0 or more, e.g. 500.");
        if (options.Concurrency < 1) failures.Add($"Feeds:Concurrency is {options.Concurrency}: set at least 1, e.g. 4.");
        if (string.IsNullOrWhiteSpace(options.UserAgent)) failures.Add("Feeds:UserAgent is empty: say who is reading, e.g. \"Briefing/1.0 (news digest feed reader)\".");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
