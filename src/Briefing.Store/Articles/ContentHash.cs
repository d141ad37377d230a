using System.Security.Cryptography;
using System.Text;

namespace Briefing.Store.Articles;

/// <summary>The key of an article's content: SHA-256 of its cleaned title and body.</summary>
internal static class ContentHash
{
    public static string Of(string title, string body) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(title + "\n\n" + body)));
}
