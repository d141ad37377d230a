namespace Briefing.Host.Health;

/// <summary>Where the worker answers GET /healthz (section Health); empty or port 0 in "http://127.0.0.1:0" picks as said below.</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>A loopback http URL (http://127.0.0.1:8089 by default); empty or "0" turns the endpoint off.</summary>
    public string Url { get; set; } = "http://127.0.0.1:8089";

    public bool Enabled => !string.IsNullOrWhiteSpace(Url) && Url.Trim() != "0";
}
