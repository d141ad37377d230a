namespace Briefing.Telegram.Updates;

/// <summary>Capped exponential backoff for the update loop: 1 s, 2 s, 4 s … up to one minute.</summary>
public static class Backoff
{
    public static readonly TimeSpan First = TimeSpan.FromSeconds(1);
    public static readonly TimeSpan Cap = TimeSpan.FromMinutes(1);

    /// <summary>How long to wait after the <paramref name="failures"/>-th failure in a row (1-based).</summary>
    public static TimeSpan Delay(int failures)
    {
        var exponent = Math.Clamp(failures - 1, 0, 16);
        var delay = First * Math.Pow(2, exponent);
        return delay < Cap ? delay : Cap;
    }
}
