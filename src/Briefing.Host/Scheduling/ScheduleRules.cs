using Briefing.Store.Chats;
using Briefing.Store.Schedules;
using Quartz;

namespace Briefing.Host.Scheduling;

/// <summary>What makes a schedule's cron expression and time zone acceptable; each check says how to fix what it finds.</summary>
public static class ScheduleRules
{
    public static string? CheckCron(string? cron)
    {
        if (string.IsNullOrWhiteSpace(cron)) return "the cron expression is empty; give one like \"0 0 8 * * ?\" (seconds minutes hours day month weekday).";
        try
        {
            _ = new CronExpression(cron);
            return null;
        }
        catch (FormatException ex)
        {
            return $"\"{cron}\" is not a Quartz cron expression ({ex.Message}); use six or seven fields, e.g. \"0 0 8 * * ?\" for 08:00 every day.";
        }
    }

    public static string? CheckTimeZone(string? zone)
    {
        if (string.IsNullOrWhiteSpace(zone)) return "the time zone is empty; give an IANA id such as \"Europe/Kyiv\".";
        if (!IanaTimeZones.TryFind(zone, out _)) return $"\"{zone}\" is not a known IANA time zone; use an id such as \"Europe/Kyiv\" or \"UTC\".";
        return null;
    }

    /// <summary>The first problem with a stored schedule's cron expression or zone (a hand-edited row may have one), or null.</summary>
    public static string? Check(Schedule schedule) => CheckCron(schedule.Cron) ?? CheckTimeZone(schedule.TimeZone);

    public static CronExpression Cron(string cron, string zone) => new(cron, Zone(zone));

    /// <summary>A schedule's zone, by IANA id as the bot's /timezone finds it (a checked schedule always has one).</summary>
    public static TimeZoneInfo Zone(string ianaId) =>
        IanaTimeZones.TryFind(ianaId, out var zone) ? zone : throw new TimeZoneNotFoundException(CheckTimeZone(ianaId));
}
