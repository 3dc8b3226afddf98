using System.Text;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Questions;

/// <summary>
/// What a reader's question may be: plain text of bounded length with few links. The text is kept as the reader
/// typed it (markup included, as text): every page and email encodes it, so nothing in it ever runs.
/// </summary>
public static partial class QuestionRules
{
    public const int MinLength = 10;

    public const int MaxLength = 1000;

    /// <summary>More links than this is how spam looks; a real question rarely needs one.</summary>
    public const int MaxLinks = 1;

    /// <summary>The question, trimmed, its control characters (other than line breaks) removed; or a sentence saying what to fix.</summary>
    public static string Clean(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed.ReplaceLineEndings("\n"))
        {
            if (c == '\n' || !char.IsControl(c))
            {
                builder.Append(c);
            }
        }

        var clean = builder.ToString();
        if (clean.Length < MinLength)
        {
            throw new MediaValidationException($"Write your question in at least {MinLength} characters.");
        }

        if (clean.Length > MaxLength)
        {
            throw new MediaValidationException($"Keep your question under {MaxLength} characters.");
        }

        if (LinkCount(clean) > MaxLinks)
        {
            throw new MediaValidationException($"A question may hold at most {MaxLinks} link; remove the others.");
        }

        return clean;
    }

    /// <summary>Web addresses in the text: with a scheme, or starting with "www.".</summary>
    public static int LinkCount(string text) => Links().Count(text);

    [GeneratedRegex(@"(https?://|\bwww\.)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Links();
}
