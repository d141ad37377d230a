using System.Net;
using System.Net.Sockets;

namespace Briefing.Telegram.Tests.Fakes;

/// <summary>A loopback port nothing listens on (bound, then released), for "server unreachable" cases.</summary>
public static class ClosedPort
{
    public static string Url()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
