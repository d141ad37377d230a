using Briefing.Host.Ingestion;

namespace Briefing.Host.Tests.Ingestion;

public sealed class CorpusOptionsValidatorTests
{
    [Fact]
    public void The_defaults_are_valid_and_ingest_every_quarter_hour()
    {
        var defaults = new CorpusOptions();

        Assert.True(new CorpusOptionsValidator().Validate(null, defaults).Succeeded);
        Assert.Equal(15, defaults.IngestEveryMinutes);
    }

    [Fact]
    public void A_negative_ingestion_interval_is_named_with_how_to_turn_it_off()
    {
        var result = new CorpusOptionsValidator().Validate(null, new CorpusOptions { IngestEveryMinutes = -5 });

        Assert.True(result.Failed);
        Assert.Contains("Corpus:IngestEveryMinutes is -5: give the minutes between ingestions, e.g. 15, or 0", result.FailureMessage);
    }
}
