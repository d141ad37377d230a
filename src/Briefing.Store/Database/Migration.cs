using System.Reflection;
using System.Text.RegularExpressions;

namespace Briefing.Store.Database;

/// <summary>One numbered schema change, embedded from Migrations/ (SQLite) or Migrations/Postgres/ (PostgreSQL).</summary>
internal sealed partial record Migration(int Version, string Name, string Sql)
{
    public static IReadOnlyList<Migration> For(DatabaseProvider provider)
    {
        var assembly = typeof(Migration).Assembly;
        var pattern = provider == DatabaseProvider.Postgres ? PostgresResource() : SqliteResource();
        return assembly.GetManifestResourceNames()
            .Select(resource => (resource, match: pattern.Match(resource)))
            .Where(r => r.match.Success)
            .Select(r => new Migration(int.Parse(r.match.Groups[1].Value), r.match.Groups[2].Value, Read(assembly, r.resource)))
            .OrderBy(m => m.Version)
            .ToList();
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\.Migrations\.(\d+)_(\w+)\.sql$")]
    private static partial Regex SqliteResource();

    [GeneratedRegex(@"\.Migrations\.Postgres\.(\d+)_(\w+)\.sql$")]
    private static partial Regex PostgresResource();
}
