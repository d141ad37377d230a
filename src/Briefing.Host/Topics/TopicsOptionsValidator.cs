using Briefing.News.Topics;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Topics;

/// <summary>Checks at start that the topics file exists and holds usable topics, naming every bad setting and how to fix it.</summary>
public sealed class TopicsOptionsValidator : IValidateOptions<TopicsOptions>
{
    public ValidateOptionsResult Validate(string? name, TopicsOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.Path))
            return ValidateOptionsResult.Fail("Topics:Path is empty; set it to the topics file, such as config/topics.json");
        if (!File.Exists(options.Path))
            return ValidateOptionsResult.Fail($"Topics:Path: {options.Path} does not exist; create it or point Topics:Path at the topics file");
        try
        {
            TopicCatalog.Parse(File.ReadAllText(options.Path));
            return ValidateOptionsResult.Success;
        }
        catch (TopicCatalogException ex)
        {
            return ValidateOptionsResult.Fail(ex.Problems.Select(p => $"{options.Path}: {p}"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ValidateOptionsResult.Fail($"Topics:Path: {options.Path} cannot be read ({ex.Message}); check the file's permissions");
        }
    }
}
