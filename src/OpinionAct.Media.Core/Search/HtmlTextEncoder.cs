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

    /// <summary>Whitespace and control characters collapsed to single spaces, trimmed; not escaped.</summary>
    public static string Collapse(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

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

        return html.ToString();
    }

    private static bool IsPlain(string text)
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
