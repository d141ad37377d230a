using Microsoft.Extensions.Logging;

namespace Briefing.Telegram.Updates;

/// <summary>Capped exponential backoff for the bot's own calls: 1 s, 2 s, 4 s … up to one minute.</summary>
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

    /// <summary>
    /// Runs <paramref name="action"/> until it succeeds, waiting <see cref="Delay"/> after each failure that
    /// <paramref name="isTransient"/> accepts (logged with <paramref name="what"/>); any other exception ends the retries.
    /// </summary>
    public static async Task<T> UntilDoneAsync<T>(
        Func<CancellationToken, Task<T>> action, Func<Exception, bool> isTransient, string what,
        ILogger logger, TimeProvider time, CancellationToken cancellationToken = default)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await action(cancellationToken);
            }
            catch (Exception ex) when (isTransient(ex))
            {
                var delay = Delay(failures);
                logger.LogWarning(ex, "Could not {What} ({Failures} in a row); retrying in {Delay}", what, failures, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
