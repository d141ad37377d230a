using System.Text.RegularExpressions;
using Briefing.Host.Delivery;
using Briefing.News.Digests;
using Briefing.News.Topics;

namespace Briefing.Host.Scheduling;

/// <summary>Checks what an operator gives for a schedule (name, topics, preset) and says how to fix each problem.</summary>
public static partial class ScheduleInput
{
    public static string? CheckName(string name)
    {
        if (!NamePattern().IsMatch(name))
            return $"\"{name}\" is not a schedule name; use lower-case letters, digits, '-' or '_' (at most 40), e.g. \"morning\".";
        if (name is DigestRunWriter.PersonalSchedule or DeliveryCatchUp.StartSchedule)
            return $"\"{name}\" is reserved for the worker's own runs; choose another name.";
        return null;
    }

    public static string? CheckTopics(IReadOnlyList<string> topics, IReadOnlyList<TopicDefinition> known)
    {
        if (topics.Count == 0) return "--topics is empty; list topic slugs separated by commas, or leave it out for each subscriber's own topics.";
        var unknown = topics.Where(t => !known.Any(k => k.Slug == t)).ToList();
        return unknown.Count == 0 ? null : $"unknown topic {string.Join(", ", unknown.Select(t => $"\"{t}\""))}; the topics are: {string.Join(", ", known.Select(k => k.Slug))}.";
    }

    public static string? CheckPreset(string preset) =>
        DigestPreset.Find(preset) is null ? $"unknown preset \"{preset}\"; use one of: {string.Join(", ", DigestPreset.All.Select(p => p.Name))}." : null;

    public static IReadOnlyList<string> SplitTopics(string text) =>
        text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,39}$")]
    private static partial Regex NamePattern();
}
