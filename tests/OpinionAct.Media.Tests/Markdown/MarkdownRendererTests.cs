using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    [Fact]
    public void ToPlainText_should_drop_markup_and_decode_entities_when_given_rich_markdown()
    {
        const string markdown = """
            # L'énergie

            Un *texte* avec [un lien](https://example.org) et `du code` &amp; &copy;.

            - un
            - deux

            | Pays | Part |
            |------|-----:|
            | France | 70 % |

            Selon l'étude[^1].

            [^1]: Ademe, 2024.
            """;

        var text = Renderer.ToPlainText(markdown);

        Assert.Equal("L'énergie Un texte avec un lien et du code & ©. un deux Pays Part France 70 % Selon l'étude. Ademe, 2024.", text);
    }

    [Fact]
    public void ToPlainText_should_keep_accents_and_non_breaking_spaces_when_text_is_french()
    {
        var text = Renderer.ToPlainText("« Ça\u00A0va ? »  dit-elle,\n\n\tl'été\u202F!");

        Assert.Equal("« Ça\u00A0va ? » dit-elle, l'été\u202F!", text);
    }

    [Fact]
    public void ToPlainText_should_return_text_not_html_when_markdown_shows_markup()
    {
        var text = Renderer.ToPlainText("Écrire `<b>` ou <script>alert(1)</script>");

        Assert.Equal("Écrire <b> ou <script>alert(1)</script>", text);
    }

    [Theory]
    [InlineData("L'énergie, c'est-à-dire aujourd’hui : « oui » !", 4)]
    [InlineData("Le prix : 100 € ; 20 % de plus ?", 6)]
    [InlineData("peut-être qu'il viendra", 3)]
    [InlineData("— « » ! ? ; :", 0)]
    [InlineData("CO~2~ en 2050", 3)]
    [InlineData("Un *texte* [lié](https://example.org/a-b-c)", 3)]
    public void Render_should_count_french_words_when_text_has_elisions_hyphens_and_spaced_punctuation(string markdown, int expected)
    {
        Assert.Equal(expected, Renderer.Render(markdown).WordCount);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(220, 1)]
    [InlineData(221, 2)]
    [InlineData(2200, 10)]
    [InlineData(2201, 11)]
    public void Render_should_give_reading_minutes_rounded_up_when_text_has_words(int words, int minutes)
    {
        var rendered = Renderer.Render(string.Join(' ', Enumerable.Repeat("mot", words)));

        Assert.Equal(words, rendered.WordCount);
        Assert.Equal(minutes, rendered.ReadingMinutes);
    }

    [Fact]
    public void ReadingMinutes_should_be_one_when_there_is_text_but_no_word()
    {
        Assert.Equal(1, Renderer.Render("— !").ReadingMinutes);
    }

    [Fact]
    public void ReadingMinutes_should_follow_the_word_count_when_a_copy_changes_it()
    {
        var rendered = Renderer.Render("un mot") with { WordCount = 500 };

        Assert.Equal(3, rendered.ReadingMinutes);
    }

    [Fact]
    public void SanitizeHtml_should_keep_the_paragraph_and_drop_the_script_when_given_an_orchard_html_body()
    {
        Assert.Equal("<p>Lorem</p>", Renderer.SanitizeHtml("<p>Lorem</p><script>x</script>"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t\n  ")]
    public void Renderer_should_return_empty_output_when_input_is_null_or_blank(string? input)
    {
        var rendered = Renderer.Render(input);

        Assert.Equal(string.Empty, rendered.Html);
        Assert.Equal(string.Empty, rendered.PlainText);
        Assert.Equal(0, rendered.WordCount);
        Assert.Equal(0, rendered.ReadingMinutes);
        Assert.Equal(string.Empty, Renderer.ToPlainText(input));
        Assert.Equal(string.Empty, Renderer.SanitizeHtml(input));
    }

    [Fact]
    public void Render_should_keep_the_text_when_nesting_exceeds_the_limit()
    {
        var rendered = Renderer.Render(new string('>', 10_000) + " fin <b>");

        Assert.StartsWith("<p>&gt;&gt;&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.EndsWith(" fin &lt;b&gt;</p>", rendered.Html, StringComparison.Ordinal);
        Assert.EndsWith(" fin <b>", rendered.PlainText, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_should_keep_the_markup_when_lists_nest_twenty_levels_deep()
    {
        var markdown = string.Join('\n', Enumerable.Range(0, 20).Select(i => new string(' ', 2 * i) + "- niveau **gras [lien](/x)**"));

        var html = Renderer.Render(markdown).Html;

        Assert.Equal(20, AllIndexesOf(html, "<ul>").Count());
        Assert.Equal(20, AllIndexesOf(html, "<strong>gras <a href=\"/x\">lien</a></strong>").Count());
    }

    [Fact]
    public void Render_should_show_a_paragraph_as_text_when_it_is_longer_than_the_inline_limit()
    {
        var words = string.Join(' ', Enumerable.Repeat("*mot*", 6_000));

        var html = Renderer.Render("*court*\n\n" + words).Html;

        Assert.StartsWith("<p><em>court</em></p>\n<p>*mot* *mot*", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<em>mot</em>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_should_wrap_each_table_in_a_focusable_labelled_scroll_box_when_the_body_has_tables()
    {
        var html = Renderer.Render("| a | b |\n|---|---|\n| 1 | 2 |\n\ntexte\n\n| c |\n|---|\n| 3 |").Html;

        Assert.Equal(2, AllIndexesOf(html, "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Table\"><table>").Count());
        Assert.Equal(2, AllIndexesOf(html, "</table></div>").Count());
    }

    [Fact]
    public void Render_should_show_a_table_as_text_when_rows_times_columns_exceed_the_cell_budget()
    {
        var table = string.Concat(Enumerable.Repeat("a|", 1_000)) + "\n" + string.Concat(Enumerable.Repeat("-|", 1_000))
            + "\n" + string.Concat(Enumerable.Repeat("|\n", 1_000));

        var html = Renderer.Render("| x | y |\n|---|---|\n| 1 | 2 |\n\n" + table).Html;

        Assert.Single(AllIndexesOf(html, "<table>"));
        Assert.Contains("<p>a|a|a|", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_should_show_the_document_as_text_when_it_has_thousands_of_link_definitions()
    {
        var html = Renderer.Render("[lien][a]\n\n" + string.Concat(Enumerable.Repeat("[a]: /x\n", 6_000))).Html;

        Assert.StartsWith("<p>[lien][a]</p>\n<p>[a]: /x\n[a]: /x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_should_cut_the_input_when_it_is_longer_than_the_limit()
    {
        var rendered = Renderer.Render(string.Concat(Enumerable.Repeat("mot ", 300_000)));

        Assert.Equal(MarkdownLimits.MaxInputLength / 4, rendered.WordCount);
    }

    [Fact]
    public void Truncate_should_not_split_a_surrogate_pair_when_cutting_at_the_limit()
    {
        var text = new string('a', MarkdownLimits.MaxInputLength - 1) + "😀b";

        var cut = MarkdownLimits.Truncate(text);

        Assert.Equal(MarkdownLimits.MaxInputLength - 1, cut.Length);
        Assert.False(char.IsHighSurrogate(cut[^1]));
    }

    [Fact]
    public void SanitizeHtml_should_keep_only_the_text_when_html_nests_pathologically()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 600)) + "<script>alert(1)</script><b>texte</b>";

        var sanitized = Renderer.SanitizeHtml(html);

        Assert.DoesNotContain("<", sanitized, StringComparison.Ordinal);
        Assert.Contains("texte", sanitized, StringComparison.Ordinal);
    }

    [Fact]
    public void SanitizeHtml_should_keep_the_markup_when_html_nests_deeply_but_sanely()
    {
        var html = string.Concat(Enumerable.Repeat("<blockquote>", 100)) + "texte" + string.Concat(Enumerable.Repeat("</blockquote>", 100));

        Assert.Equal(html, Renderer.SanitizeHtml(html));
    }

    [Theory]
    [InlineData("Écologie et énergie", "ecologie-et-energie")]
    [InlineData("L'œuvre « Ça » — déjà vu ?", "l-oeuvre-ca-deja-vu")]
    [InlineData("Aujourd’hui, l'Æther", "aujourd-hui-l-aether")]
    [InlineData("Straße 2050 : objectif", "strasse-2050-objectif")]
    [InlineData("  --Déjà--  ", "deja")]
    [InlineData("Привет мир", "привет-мир")]
    [InlineData("« — »", "section")]
    [InlineData("", "section")]
    public void Slugify_should_give_a_readable_id_when_heading_has_accents_and_punctuation(string heading, string expected)
    {
        Assert.Equal(expected, HeadingIds.Slugify(heading));
    }

    [Fact]
    public void Slugify_should_cap_the_id_length_when_heading_is_long()
    {
        var slug = HeadingIds.Slugify(string.Join(' ', Enumerable.Repeat("énergie", 40)));

        Assert.True(slug.Length <= 80, slug);
        Assert.StartsWith("energie-energie", slug, StringComparison.Ordinal);
        Assert.False(slug.EndsWith('-'));
    }

    [Fact]
    public void Render_should_give_the_same_output_when_called_from_many_threads()
    {
        var inputs = MarkdownSpec.ReadAll().Where(s => s.InputKind == "markdown").Select(s => s.Input).ToArray();
        var expected = inputs.Select(i => Renderer.Render(i)).ToArray();
        var actual = new RenderedMarkdown[inputs.Length * 8];

        Parallel.For(0, actual.Length, i => actual[i] = Renderer.Render(inputs[i % inputs.Length]));

        for (var i = 0; i < actual.Length; i++)
        {
            Assert.Equal(expected[i % inputs.Length], actual[i]);
        }
    }

    private static IEnumerable<int> AllIndexesOf(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
