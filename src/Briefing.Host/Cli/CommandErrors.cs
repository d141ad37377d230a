using System.CommandLine;
using Briefing.Host.Ingestion;
using Briefing.Store.Database;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Cli;

/// <summary>Turns the setup errors a user can fix (bad config, missing corpus, unusable database, a database another worker owns) into one line on stderr and exit code 1.</summary>
public static class CommandErrors
{
    public static async Task<int> RunAsync(ParseResult parse, Func<Task<int>> command)
    {
        try
        {
            return await command();
        }
        catch (DatabaseUnavailableException ex) { return Fail(parse, ex.Message); }
        catch (DatabaseInUseException ex) { return Fail(parse, ex.Message); }
        catch (CorpusFolderMissingException ex) { return Fail(parse, ex.Message); }
        catch (OptionsValidationException ex) { return Fail(parse, string.Join(" ", ex.Failures)); }
    }

    public static int Fail(ParseResult parse, string message)
    {
        parse.InvocationConfiguration.Error.WriteLine("error: " + message);
        return 1;
    }

    /// <summary>A --topic slug that is not configured, with the ones that are.</summary>
    public static int UnknownTopic(ParseResult parse, string slug, IEnumerable<string> known) =>
        Fail(parse, $"unknown topic \"{slug}\"; the topics are: {string.Join(", ", known)}.");
}
