using System.Text;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Markdown;

/// <summary>Whitespace and word rules for the plain text of a document.</summary>
internal static partial class PlainText
{
    /// <summary>
    /// A word is a run of letters, combining marks and digits, which apostrophes and hyphens may join:
    /// "l'énergie", "aujourd’hui", "peut-être" and "c'est-à-dire" are one word each, as a word
    /// processor counts them. Punctuation standing alone is no word, so French spacing
    /// ("oui !", "« non »", "a : b") counts the same as English spacing.
    /// </summary>
    [GeneratedRegex(@"[\p{L}\p{M}\p{N}]+(?:['’\-‐‑][\p{L}\p{M}\p{N}]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    public static int CountWords(string text) => text.Length == 0 ? 0 : WordPattern().Count(text);

    /// <summary>
    /// Trims and collapses every run of whitespace to one space, except that a run made only of
    /// non-breaking spaces stays one non-breaking space: French typography ("« oui »", "100 %")
    /// keeps its unbreakable spaces.
    /// </summary>
    public static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                builder.Append(text[i++]);
                continue;
            }

            var start = i;
            var onlyNonBreaking = true;
            for (; i < text.Length && char.IsWhiteSpace(text[i]); i++)
            {
                onlyNonBreaking &= IsNonBreaking(text[i]);
            }

            if (start > 0 && i < text.Length)
            {
                builder.Append(onlyNonBreaking ? text[start] : ' ');
            }
        }

        return builder.ToString();
    }

    private static bool IsNonBreaking(char c) => c is '\u00A0' or '\u202F' or '\u2007';
}
