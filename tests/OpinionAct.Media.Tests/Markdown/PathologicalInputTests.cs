using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Tests.Markdown;

/// <summary>
/// Markdig's TestExceptionNotThrown habit: inputs known to crash, hang or blow up Markdown and HTML
/// parsers must render, and render safely. How long they take is measured elsewhere, not asserted here.
/// </summary>
public sealed class PathologicalInputTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly Dictionary<string, Func<string>> MarkdownInputs = new()
    {
        ["10,000 nested quotes"] = () => new string('>', 10_000) + " a",
        ["quotes nested line by line"] = () => string.Concat(Enumerable.Range(0, 2_000).Select(i => new string('>', i % 300) + " a\n")),
        ["100,000 stars"] = () => new string('*', 100_000),
        ["100,000 unclosed emphasis"] = () => Repeat("*a ", 100_000),
        ["100,000 open brackets"] = () => new string('[', 100_000),
        ["100,000 unclosed images"] = () => Repeat("![", 100_000),
        ["unclosed inline links"] = () => Repeat("[a](", 100_000),
        ["unclosed inline links with titles"] = () => Repeat("[a](b (", 50_000),
        ["unclosed link labels over lines"] = () => string.Concat(Enumerable.Range(0, 100_000).Select(i => i % 10 == 0 ? "[ (](\n" : "[ (](")),
        ["paragraphs just under the inline limit"] = () => Repeat(Repeat("[a](", 7_000) + "\n\n", 30),
        ["openers and closers multiple of 3"] = () => "a**b" + Repeat("c* ", 50_000),
        ["backtick runs"] = () => string.Concat(Enumerable.Range(1, 1_000).Select(n => "e" + new string('`', n))),
        ["list markers on one line"] = () => string.Join(' ', Enumerable.Repeat("-", 10_000)) + " a",
        ["ever deeper list indentation"] = () => string.Join('\n', Enumerable.Range(0, 1_000).Select(i => new string(' ', i) + "- a")),
        ["table padded to a wide header"] = () => Repeat("a|", 2_000) + "\n" + Repeat("-|", 2_000) + "\n" + Repeat("|\n", 2_000),
        ["many tables under the cell budget"] = () => Repeat(Repeat("a|", 100) + "\n" + Repeat("-|", 100) + "\n" + Repeat("|\n", 190) + "\n", 300),
        ["50,000 link reference definitions"] = () => Repeat("[a]: u\n", 50_000) + Repeat("[a] ", 50_000),
        ["50,000 footnote definitions"] = () => Repeat("[^a]: b\n", 50_000),
        ["50,000 equal headings"] = () => Repeat("# Écologie\n", 50_000),
        ["a heading of unclosed links"] = () => "# " + Repeat("[a](", 100_000),
        ["2,000,000 characters"] = () => new string('a', 2_000_000),
        ["raw HTML soup"] = () => Repeat("<div><b><i><a href=\"", 20_000),
        ["unterminated comment and CDATA"] = () => "<!-- <![CDATA[ " + Repeat("<? <!A ", 20_000),
        ["control characters and lone surrogates"] = () => "a\0b\uFFFF\uFEFF\uD800c\uDC00\r\r\n\u2028",
        ["entity soup"] = () => Repeat("&#x", 100_000) + Repeat("&#99999999;&nbsp", 10_000),
        ["mixed containers"] = () => Repeat("> - *[`", 50_000),
    };

    private static readonly Dictionary<string, Func<string>> HtmlInputs = new()
    {
        ["100,000 nested divs"] = () => Repeat("<div>", 100_000),
        ["unclosed formatting re-created in every paragraph"] = () => Repeat("<b id=x>", 500) + Repeat("<p>x", 100_000),
        ["50,000 removed siblings"] = () => Repeat("<section>x</section>\n", 50_000),
        ["50,000 scripts"] = () => Repeat("<script>alert(1)</script>", 50_000),
        ["50,000 comments"] = () => Repeat("<!-- x -->", 50_000),
        ["250,000 paragraphs"] = () => Repeat("<p>x", 250_000),
        ["unterminated attribute"] = () => "<a href=\"" + new string('x', 100_000),
        ["unterminated tag"] = () => "<" + new string('a', 100_000),
        ["nested tables"] = () => Repeat("<table><tr><td>", 5_000),
        ["foreign content soup"] = () => Repeat("<svg><math><mtext><table><mglyph><style>", 2_000),
    };

    public static TheoryData<string> MarkdownCases() => [.. MarkdownInputs.Keys];

    public static TheoryData<string> HtmlCases() => [.. HtmlInputs.Keys];

    [Theory]
    [MemberData(nameof(MarkdownCases))]
    public void Render_should_not_throw_and_stay_safe_when_input_is_pathological(string name)
    {
        var rendered = Renderer.Render(MarkdownInputs[name]());

        Assert.DoesNotContain("<script", rendered.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<div><b>", rendered.Html, StringComparison.Ordinal);
        Assert.Equal(Renderer.ToPlainText(MarkdownInputs[name]()), rendered.PlainText);
    }

    [Theory]
    [MemberData(nameof(HtmlCases))]
    public void SanitizeHtml_should_not_throw_and_stay_safe_when_input_is_pathological(string name)
    {
        var sanitized = Renderer.SanitizeHtml(HtmlInputs[name]());

        Assert.DoesNotContain("<script", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<style", sanitized, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", sanitized, StringComparison.OrdinalIgnoreCase);
    }

    private static string Repeat(string value, int count) => string.Concat(Enumerable.Repeat(value, count));
}
