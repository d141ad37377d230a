using System.Net;
using Microsoft.Extensions.Options;

namespace Briefing.Host.Health;

/// <summary>Health:Url must be an http URL on a loopback address: the report is for the machine's operators only.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Success;
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttp)
            return ValidateOptionsResult.Fail($"Health:Url \"{options.Url}\" is not an http URL; use e.g. http://127.0.0.1:8089, or empty to turn /healthz off.");
        var loopback = uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        if (!loopback)
            return ValidateOptionsResult.Fail($"Health:Url \"{options.Url}\" is not on a loopback address; use 127.0.0.1 or [::1] so /healthz is not reachable from other machines.");
        return ValidateOptionsResult.Success;
    }
}
