namespace OpinionAct.Media.Markdown;

/// <summary>What <see cref="MarkdownRenderer.Render"/> makes of one Markdown text.</summary>
/// <param name="Html">Sanitised HTML, safe to write into a page as is.</param>
/// <param name="PlainText">
/// The text without markup, whitespace collapsed, entities decoded. It is text, not HTML:
/// encode it wherever it is written out (meta description, feed, search snippet).
/// </param>
/// <param name="WordCount">Words in <paramref name="PlainText"/>, counted as described on <see cref="MarkdownRenderer"/>.</param>
public sealed record RenderedMarkdown(string Html, string PlainText, int WordCount)
{
    /// <summary>Reading speed used for <see cref="ReadingMinutes"/>, a common figure for French and English prose.</summary>
    public const int WordsPerMinute = 220;

    public static RenderedMarkdown Empty { get; } = new(string.Empty, string.Empty, 0);

    /// <summary>
    /// <c>ceil(WordCount / 220)</c>, at least 1 when there is any text, 0 when there is none.
    /// Computed rather than stored so that a <c>with</c> copy never carries a stale value.
    /// </summary>
    public int ReadingMinutes => string.IsNullOrWhiteSpace(PlainText)
        ? 0
        : Math.Max(1, (Math.Max(WordCount, 0) + WordsPerMinute - 1) / WordsPerMinute);
}
