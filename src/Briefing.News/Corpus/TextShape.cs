using System.Runtime.CompilerServices;
namespace Briefing.News.Corpus;

/// <summary>Cheap measures of a line's shape that the furniture rules lean on.</summary>
internal static class TextShape
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int WordCount(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            // Most characters are printable ASCII, never white space: skip the Unicode table for them.
            var isSpace = c == ' ' || (uint)(c - '\t') <= '\r' - '\t' || (c >= '\u0085' && char.IsWhiteSpace(c));
            if (!isSpace && !inWord) count++;
            inWord = !isSpace;
        }
        return count;
    }

    /// <summary>True when the line ends the way a sentence does, allowing closing quotes and brackets after the stop.</summary>
    public static bool EndsLikeSentence(string text)
    {
        var i = text.Length - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || IsCloser(text[i]))) i--;
        return i >= 0 && text[i] is '.' or '!' or '?' or '…';
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '”' or '’' or ')' or ']' or '»';

    /// <summary>Letters and digits only, lower case, single spaces: for comparing headlines and paragraphs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Comparable(string text)
    {
        var buffer = new char[text.Length];
        var n = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && n > 0) buffer[n++] = ' ';
                pendingSpace = false;
                buffer[n++] = char.ToLowerInvariant(c);
            }
            else if (c is not '\'' and not '’') pendingSpace = true;
        }
        return new string(buffer, 0, n);
    }
}
