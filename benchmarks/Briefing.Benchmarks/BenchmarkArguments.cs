namespace Briefing.Benchmarks;

/// <summary>The few options the hand-run benchmarks take (`--name N`, `--flag`); anything missing or unreadable takes the default.</summary>
public static class BenchmarkArguments
{
    public static int Number(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) && value > 0 ? value : fallback;
    }

    public static bool Flag(string[] args, string name) => args.Contains(name);
}
