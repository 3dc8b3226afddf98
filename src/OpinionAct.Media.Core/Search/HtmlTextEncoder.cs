using System.Text;
using Lucene.Net.Search.Highlight;

namespace OpinionAct.Media.Search;

/// <summary>
/// Escapes snippet text for HTML element content (&amp; &lt; &gt; &quot;; apostrophes, frequent in
/// French, stay as they are) and collapses whitespace runs to one space. Unlike Lucene's
/// SimpleHTMLEncoder it leaves accented letters and emoji as they are.
/// </summary>
internal sealed class HtmlTextEncoder : IEncoder
{
    public static readonly HtmlTextEncoder Instance = new();

    public string EncodeText(string originalText) => Encode(originalText);

    /// <summary>
    /// The first <paramref name="maxLength"/> characters of the text with every run of whitespace collapsed to one space
    /// and none at either end (not escaped), read from only as much of the text as they need: a snippet's opening shows
    /// 200 characters of a body that can be thousands long.
    /// </summary>
    public static string Collapse(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var collapsed = new StringBuilder(Math.Min(text.Length, maxLength));
        var space = false;
        for (var i = 0; i < text.Length && collapsed.Length < maxLength; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                // A run of whitespace becomes one space, written only once a word follows it (so never at either end).
                space = collapsed.Length > 0;
                continue;
            }

            if (space)
            {
                collapsed.Append(' ');
                space = false;
                if (collapsed.Length == maxLength)
                {
                    break;
                }
            }

            collapsed.Append(c);
        }

        return collapsed.ToString();
    }

    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (IsPlain(text))
        {
            // The highlighter calls this for every word and every gap between words: most need nothing.
            return text;
        }

        var html = new StringBuilder(text.Length + 16);
        AppendEscaped(html, text);
        return html.ToString();
    }

    /// <summary>Appends <paramref name="text"/> as <see cref="Encode"/> would return it, without making a string of it first.</summary>
    public static void Append(StringBuilder html, ReadOnlySpan<char> text)
    {
        if (IsPlain(text))
        {
            html.Append(text);
        }
        else
        {
            AppendEscaped(html, text);
        }
    }

    private static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                html.Append(' ');
                space = false;
            }

            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }

        if (space)
        {
            html.Append(' ');
        }
    }

    private static bool IsPlain(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '&' or '<' or '>' or '"' || char.IsControl(c) || (char.IsWhiteSpace(c) && (c != ' ' || (i > 0 && text[i - 1] == ' '))))
            {
                return false;
            }
        }

        return true;
    }
}
