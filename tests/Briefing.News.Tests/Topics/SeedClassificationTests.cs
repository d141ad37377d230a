using Briefing.News.Corpus;

namespace Briefing.News.Tests.Topics;

/// <summary>The five seed articles get the topics a reader gives them under the labelling rule (docs/quality.md).</summary>
public sealed class SeedClassificationTests
{
    [Theory]
    // 000: Zelensky seeks support for his victory plan; a paragraph on Ukraine's NATO membership and an invitation.
    // Security guarantees appear once, as an analysts' closing aside: a passing mention.
    [InlineData("000_", new[] { "victory-plan", "nato-accession" })]
    // 001: the victory plan's reception; Ukraine wants a shorter accession path and Russia opposes accession.
    // Its wish for NATO-type security guarantees is one narrated line "according to reports": a passing mention.
    [InlineData("001_", new[] { "victory-plan", "nato-accession" })]
    // 002: the victory plan throughout; NATO appears in one sentence (the plan aims at an invitation): passing.
    [InlineData("002_", new[] { "victory-plan" })]
    // 003: the plan presented at NATO; its central call for an invitation and the membership debate; its
    // "non-nuclear strategic deterrence package" to prevent future aggression is a deterrence guarantee.
    [InlineData("003_", new[] { "victory-plan", "nato-accession", "security-guarantees" })]
    // 004: Zelensky shifts to security guarantees (NATO membership, peacekeepers); no victory plan.
    [InlineData("004_", new[] { "nato-accession", "security-guarantees" })]
    public void Each_seed_gets_the_topics_a_reader_would_give(string prefix, string[] expected)
    {
        var file = Directory.GetFiles(RepositoryFiles.Path("seeds"), prefix + "*").Single();
        var article = new ArticleCleaner().Clean(File.ReadAllText(file), file);

        var slugs = LaunchTopics.Classifier().AssignedSlugs(article.Title, [.. article.Paragraphs]);

        Assert.Equal(expected.Order(), slugs.Order());
    }
}
