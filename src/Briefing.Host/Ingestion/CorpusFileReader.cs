using System.Text;

namespace Briefing.Host.Ingestion;

/// <summary>Reads one corpus file as text, or says in one line why it cannot be used.</summary>
public sealed class CorpusFileReader(long maxFileBytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public CorpusFileContent Read(string path)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > maxFileBytes) return CorpusFileContent.Skip($"larger than Corpus:MaxFileBytes ({length} > {maxFileBytes} bytes)");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return CorpusFileContent.Skip($"unreadable ({ex.Message})");
        }

        // Checked again on the bytes read, in case the file grew after it was measured.
        if (bytes.Length > maxFileBytes) return CorpusFileContent.Skip($"larger than Corpus:MaxFileBytes ({bytes.Length} > {maxFileBytes} bytes)");
        if (bytes.AsSpan().IndexOf((byte)0) >= 0) return CorpusFileContent.Skip("binary (contains NUL bytes)");
        string text;
        try
        {
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
            text = StrictUtf8.GetString(bytes, bom, bytes.Length - bom);
        }
        catch (DecoderFallbackException ex)
        {
            return CorpusFileContent.Skip($"not valid UTF-8 (bad byte at offset {ex.Index})");
        }
        return string.IsNullOrWhiteSpace(text) ? CorpusFileContent.Skip("empty") : CorpusFileContent.Of(text);
    }
}
