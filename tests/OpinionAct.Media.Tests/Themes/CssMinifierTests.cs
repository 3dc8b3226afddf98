using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

public sealed class CssMinifierTests
{
    [Theory]
    [InlineData("a {\n  color: red;\n}\n", "a{color:red}")]
    [InlineData("/* header */\n.a, .b {\n  margin: 0 auto; /* centred */\n  padding: 1rem 2rem;\n}", ".a,.b{margin:0 auto;padding:1rem 2rem}")]
    [InlineData(".nav a:hover, .nav a:focus-visible { text-decoration: underline; }", ".nav a:hover,.nav a:focus-visible{text-decoration:underline}")]
    [InlineData("main :is(h2, h3) { margin: 0; }", "main :is(h2,h3){margin:0}")]
    public void Minify_should_drop_comments_and_needless_white_space_when_given_ordinary_rules(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Theory]
    [InlineData(".q::before { content: \"/* not a comment */\"; }", ".q::before{content:\"/* not a comment */\"}")]
    [InlineData(".q::before { content: '  a ;  {b}  '; }", ".q::before{content:'  a ;  {b}  '}")]
    [InlineData(".q::after { content: \"\\\"  /*\"; color: red; }", ".q::after{content:\"\\\"  /*\";color:red}")]
    public void Minify_should_keep_strings_exactly_when_they_hold_comment_markers_spaces_or_escaped_quotes(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Theory]
    [InlineData(".i { background: url(data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'>/*x*/</svg>) no-repeat; }",
        ".i{background:url(data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg'>/*x*/</svg>) no-repeat}")]
    [InlineData(".i { background: URL( \"a b.png\" ); }", ".i{background:URL( \"a b.png\" )}")]
    [InlineData(".i { background: url(a\\).png), url('b).png'); }", ".i{background:url(a\\).png),url('b).png')}")]
    public void Minify_should_keep_url_contents_exactly_when_they_hold_data_comment_markers_or_parentheses(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Theory]
    [InlineData("@media screen and (max-width: 40rem) {\n  .a { width: calc(100% - 2rem); }\n}", "@media screen and (max-width:40rem){.a{width:calc(100% - 2rem)}}")]
    [InlineData(".a { width: calc(1px + 2px); margin: calc( 1rem*2 ) -1px; }", ".a{width:calc(1px + 2px);margin:calc( 1rem*2 ) -1px}")]
    [InlineData("@media (prefers-reduced-motion: reduce) and (min-width: 600px) { * { transition: none !important; } }",
        "@media (prefers-reduced-motion:reduce) and (min-width:600px){*{transition:none !important}}")]
    public void Minify_should_keep_significant_spaces_when_in_calc_or_media_queries(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Theory]
    [InlineData("div/**/p { color: red; }", "div p{color:red}")]
    [InlineData(".\\31 0 { color: red; }", ".\\31 0{color:red}")]
    [InlineData(".a { color: red; } /* unterminated", ".a{color:red}")]
    [InlineData(".a::before { content: \"unterminated", ".a::before{content:\"unterminated")]
    [InlineData("", "")]
    public void Minify_should_not_merge_or_lose_tokens_when_given_edge_cases(string css, string expected)
    {
        Assert.Equal(expected, CssMinifier.Minify(css));
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public void Minify_should_shrink_a_shipped_stylesheet_and_keep_every_rule_when_given_it(string theme)
    {
        var css = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "themes", theme, "assets", "site.css"));

        var minified = CssMinifier.Minify(css);

        Assert.True(minified.Length < css.Length * 0.85, $"{css.Length} → {minified.Length}");
        Assert.DoesNotContain("/*", minified, StringComparison.Ordinal);
        Assert.Equal(css.Count(c => c == '{'), minified.Count(c => c == '{'));
        Assert.Contains(".table-scroll{overflow-x:auto;", minified, StringComparison.Ordinal);
        Assert.Equal(minified, CssMinifier.Minify(minified));
    }
}
