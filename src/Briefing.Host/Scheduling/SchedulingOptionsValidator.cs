using Microsoft.Extensions.Options;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>Names every bad Scheduling setting and how to fix it.</summary>
public sealed class SchedulingOptionsValidator : IValidateOptions<SchedulingOptions>
{
    public ValidateOptionsResult Validate(string? name, SchedulingOptions options)
    {
        var failures = new List<string>();
        if (options.MisfireGraceHours is < 0 or > 168)
            failures.Add($"Scheduling:MisfireGraceHours is {options.MisfireGraceHours}; set it between 0 (never catch up) and 168.");
        if (options.SyncSeconds is < 1 or > 3600)
            failures.Add($"Scheduling:SyncSeconds is {options.SyncSeconds}; set it between 1 and 3600.");
        if (options.CorpusDebounceSeconds is < 0 or > 3600)
            failures.Add($"Scheduling:CorpusDebounceSeconds is {options.CorpusDebounceSeconds}; set it between 0 and 3600.");
        if (string.IsNullOrWhiteSpace(options.DefaultScheduleName))
            failures.Add("Scheduling:DefaultScheduleName is empty; name the schedule created on first start, e.g. \"morning\".");
        if (ScheduleRules.CheckCron(options.DefaultCron) is { } cronProblem)
            failures.Add($"Scheduling:DefaultCron: {cronProblem}");
        if (ScheduleRules.CheckTimeZone(options.DefaultTimeZone) is { } zoneProblem)
            failures.Add($"Scheduling:DefaultTimeZone: {zoneProblem}");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
