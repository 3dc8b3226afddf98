namespace OpinionAct.Media.Markdown;

/// <summary>
/// Bounds on the work one text can cost. Markdig and AngleSharp are fast on real documents but
/// not linear on every hostile one (measured on this codebase's CI machine: 80,000 characters of
/// <c>[a](</c> cost Markdig 1.5 s, 12 KB of pipe-table rows padded to a wide header cost 577 MB,
/// 100,000 nested <c>&lt;div&gt;</c> cost AngleSharp 34 s). No real article comes near these bounds;
/// past them the text is kept, only its markup is given up.
/// </summary>
internal static class MarkdownLimits
{
    /// <summary>Input beyond this many characters is cut off (about 150,000 words, a whole book).</summary>
    public const int MaxInputLength = 1_000_000;

    /// <summary>
    /// Markdig's limit on the depth of its syntax tree, blocks and inlines together (its default is
    /// 128). Deeper input makes Markdig throw; the renderer then falls back to the escaped text.
    /// A list nested ten levels deep with a link in bold uses about 25.
    /// </summary>
    public const int MaxNestingDepth = 64;

    /// <summary>
    /// A paragraph, heading or table longer than this is shown as plain text. Markdig's inline
    /// parser is quadratic in the length of one paragraph on unclosed links (<c>[a](</c> repeated);
    /// 30,000 characters is a 300-row table or ten pages of a single paragraph.
    /// </summary>
    public const int MaxInlineLength = 30_000;

    /// <summary>
    /// Budget for a whole document, as the sum of the squared lengths of its paragraphs: about half a
    /// second of the worst inline parsing. A real article spends well under a percent of it.
    /// </summary>
    public const long InlineWorkBudget = 2_000_000_000;

    /// <summary>
    /// Table cells a document may have, estimated before parsing as lines times pipes of each
    /// paragraph that has pipes. Markdig pads every row to the widest one, so a wide header over many
    /// one-pipe rows multiplies into millions of cells; paragraphs past the budget stay text.
    /// </summary>
    public const int MaxTableCells = 50_000;

    /// <summary>
    /// Raw HTML estimated to nest deeper than this is reduced to its text before it is parsed
    /// (Blink stops nesting at 512 too): AngleSharp's parse time grows with depth times length.
    /// </summary>
    public const int MaxHtmlDepth = 512;

    /// <summary>
    /// Open formatting elements (<c>&lt;b&gt;</c>, <c>&lt;em&gt;</c>...) left unclosed are re-created by the
    /// HTML parser in every following paragraph; past this many re-creations the HTML is reduced to text.
    /// </summary>
    public const int MaxFormattingReconstructions = 100_000;

    /// <summary>
    /// Raw HTML with more elements or comments than this to remove is reduced to its text: AngleSharp
    /// finds a node's position by scanning its siblings, so each removal costs as much as the
    /// siblings it has (50,000 <c>&lt;section&gt;</c> side by side: 5 s; 5,000: 0.1 s).
    /// </summary>
    public const int MaxHtmlRemovals = 5_000;

    /// <summary>
    /// Markdown with more link reference definitions (<c>[label]: url</c>) or footnote definitions
    /// than this is shown as text: Markdig parses a run of definitions in time quadratic in its
    /// length (50,000 in a row: 2 s). An article cites tens of sources, not thousands.
    /// </summary>
    public const int MaxLinkDefinitions = 5_000;

    /// <summary>Cuts <paramref name="text"/> to <see cref="MaxInputLength"/> without splitting a surrogate pair.</summary>
    public static string Truncate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        if (text.Length <= MaxInputLength)
        {
            return text;
        }

        var length = char.IsHighSurrogate(text[MaxInputLength - 1]) ? MaxInputLength - 1 : MaxInputLength;
        return text[..length];
    }
}
