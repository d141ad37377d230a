using System.Diagnostics;
using System.Text.Json;

namespace Briefing.Host.Tests.Topics;

/// <summary>`briefing classify` and `briefing topics` run as a user runs them: the built executable, in a temp folder.</summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("briefing-classify-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> Briefing(params string[] args) => BriefingWithTopics(null, args);

    private async Task<(int ExitCode, string Stdout, string Stderr)> BriefingWithTopics(string? topicsPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        if (topicsPath is not null) start.Environment["Topics__Path"] = topicsPath;
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "briefing.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }

    [Fact]
    public async Task Json_output_gives_each_file_its_title_and_assigned_topics_with_evidence()
    {
        var onTopic = Write("plan.txt", """
            Zelenskyy presents his victory plan

            President Zelenskyy presented his victory plan to allies in Brussels on Thursday.
            The victory plan asks for an invitation for Ukraine to join NATO and for long-range weapons.
            Allies said they would study the victory plan in detail before the summit.
            """);
        var offTopic = Write("weather.txt", "Mild autumn in Brussels\n\nThe weather stayed mild for the whole of October.");

        var (exitCode, stdout, _) = await Briefing("classify", "--json", onTopic, offTopic);

        Assert.Equal(0, exitCode);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(onTopic, lines[0].GetProperty("file").GetString());
        Assert.Equal("Zelenskyy presents his victory plan", lines[0].GetProperty("title").GetString());
        var topic = lines[0].GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("slug").GetString() == "victory-plan");
        Assert.True(topic.GetProperty("score").GetDouble() >= 4);
        Assert.Contains("victory plan", topic.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(lines[1].GetProperty("topics").EnumerateArray());
    }

    [Fact]
    public async Task Without_json_a_table_shows_each_topic_with_its_score()
    {
        var article = Write("plan.txt", "Victory plan\n\nZelensky presented the victory plan. Allies will study the victory plan. Kyiv hopes the victory plan wins support.");

        var (exitCode, stdout, _) = await Briefing("classify", article);

        Assert.Equal(0, exitCode);
        Assert.Contains("Topic", stdout);
        Assert.Contains("victory-plan", stdout);
        Assert.DoesNotContain("nato-accession", stdout);
        Assert.DoesNotContain("{", stdout);
    }

    [Fact]
    public async Task A_missing_file_gets_one_line_and_the_rest_are_classified()
    {
        var present = Write("present.txt", "Headline\n\nA short body.");
        var missing = Path.Combine(folder, "missing.txt");

        var (exitCode, stdout, stderr) = await Briefing("classify", "--json", missing, present);

        Assert.Equal(0, exitCode);
        Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("missing.txt", error);
    }

    [Fact]
    public async Task Nothing_classified_is_a_failure()
    {
        var (exitCode, stdout, stderr) = await Briefing("classify", Path.Combine(folder, "missing.txt"));

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", stdout);
        Assert.Contains("missing.txt", stderr);
    }

    [Fact]
    public async Task Topics_lists_the_launch_topics()
    {
        var (exitCode, stdout, stderr) = await Briefing("topics", "--json");

        Assert.True(exitCode == 0, stderr + stdout);
        var topics = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["victory-plan", "nato-accession", "security-guarantees"], topics.Select(t => t.GetProperty("slug").GetString()));
        Assert.Equal("NATO accession", topics[1].GetProperty("title").GetString());
        Assert.All(topics, t => Assert.NotEmpty(t.GetProperty("description").GetString()!));
    }

    [Fact]
    public async Task A_broken_topics_file_stops_the_command_with_the_setting_to_fix()
    {
        var topicsFile = Write("topics.json", """
            { "topics": [
              { "slug": "Bad Slug", "title": "X", "threshold": 1, "phrases": [ { "text": "x", "weight": 1 } ] },
              { "slug": "ok", "title": "Y", "threshold": 0, "phrases": [ { "text": "y", "weight": 1 } ] }
            ] }
            """);
        var article = Write("a.txt", "Headline\n\nBody.");

        var (exitCode, stdout, stderr) = await BriefingWithTopics(topicsFile, "classify", article);

        Assert.NotEqual(0, exitCode);
        Assert.Equal("", stdout);
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("topics[0].slug \"Bad Slug\" is not lowercase-kebab", error);
        Assert.Contains("topics[1].threshold is 0; set a positive number", error);
    }
}
