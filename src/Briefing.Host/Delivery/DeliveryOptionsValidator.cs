using Microsoft.Extensions.Options;

namespace Briefing.Host.Delivery;

/// <summary>Names every bad Delivery setting and how to fix it.</summary>
public sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        if (options.PageSize is < 1 or > 10_000) failures.Add($"Delivery:PageSize is {options.PageSize}; set it between 1 and 10000.");
        if (options.Concurrency is < 1 or > 256) failures.Add($"Delivery:Concurrency is {options.Concurrency}; set it between 1 and 256.");
        if (options.BatchSize < options.Concurrency) failures.Add($"Delivery:BatchSize ({options.BatchSize}) is below Delivery:Concurrency ({options.Concurrency}); set it at least as large.");
        if (options.MaxAttempts is < 1 or > 100) failures.Add($"Delivery:MaxAttempts is {options.MaxAttempts}; set it between 1 and 100.");
        if (options.RetryBaseSeconds < 1) failures.Add($"Delivery:RetryBaseSeconds is {options.RetryBaseSeconds}; set it to 1 or more.");
        if (options.RetryMaxSeconds < options.RetryBaseSeconds) failures.Add($"Delivery:RetryMaxSeconds ({options.RetryMaxSeconds}) is below Delivery:RetryBaseSeconds ({options.RetryBaseSeconds}); raise it.");
        if (options.ClaimSeconds is < 3 or > 3600) failures.Add($"Delivery:ClaimSeconds is {options.ClaimSeconds}; set it between 3 and 3600 (a dead worker's digests wait this long before another worker takes them over).");
        if (options.PollMilliseconds is < 10 or > 60_000) failures.Add($"Delivery:PollMilliseconds is {options.PollMilliseconds}; set it between 10 and 60000.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
