using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Tests.Newsletters;

public sealed class EmailPlainTextTests
{
    [Fact]
    public void FromHtml_should_keep_headings_paragraphs_and_accents_when_reading_a_french_email()
    {
        var text = EmailPlainText.FromHtml("""
            <html><head><title>Ignoré</title><style>p { color: red }</style></head><body>
            <h1>Énergies   claires</h1>
            <p>Les logements   classés G ne peuvent
               plus être loués.</p>
            <h2>À retenir</h2><p>Ça change l'été prochain.</p>
            <h3>Détail</h3><p>Fin.</p>
            </body></html>
            """);

        Assert.Equal(
            "Énergies claires\n================\n\nLes logements classés G ne peuvent plus être loués.\n\nÀ retenir\n---------\n\nÇa change l'été prochain.\n\nDétail\n\nFin.\n",
            text);
    }

    [Fact]
    public void FromHtml_should_print_links_as_text_and_url_when_the_text_is_not_the_url()
    {
        var text = EmailPlainText.FromHtml("""
            <p>Read the <a href="https://www.rte-france.com/bilan">RTE report</a>, see
            <a href="https://example.org/">example.org</a>, write to <a href="mailto:redaction@energies.example?subject=Hi">the desk</a>,
            <a href="#top">back to top</a>, <a href="https://example.org/cover"><img src="x.jpg" alt="cover"></a>.</p>
            """);

        Assert.Equal(
            "Read the RTE report (https://www.rte-france.com/bilan), see example.org, write\nto the desk (redaction@energies.example), back to top, .\n",
            text);
    }

    [Fact]
    public void FromHtml_should_mark_list_items_and_number_ordered_lists_when_reading_lists()
    {
        var text = EmailPlainText.FromHtml("""
            <p>Before</p>
            <ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>
            <ol start="3"><li>Third</li><li>Fourth item whose text is long enough to need a second line when it is wrapped at seventy-eight</li></ol>
            <p>After</p>
            """);

        Assert.Equal(
            "Before\n\n- One\n- Two\n  - Nested\n\n3. Third\n4. Fourth item whose text is long enough to need a second line when it is\n   wrapped at seventy-eight\n\nAfter\n",
            text);
    }

    [Fact]
    public void FromHtml_should_decode_entities_when_the_html_encodes_them()
    {
        var text = EmailPlainText.FromHtml("<p>R&amp;D &lt;énergie&gt; &quot;sobre&quot; l&#x27;hiver &eacute;t&eacute; &#8364;&nbsp;5 caf&#233;</p>");

        Assert.Equal("R&D <énergie> \"sobre\" l'hiver été € 5 café\n", text);
    }

    [Fact]
    public void FromHtml_should_skip_the_preheader_and_hidden_elements_when_a_reader_cannot_see_them()
    {
        var text = EmailPlainText.FromHtml("""
            <body>
            <div style="display: none; max-height:0; overflow:hidden; mso-hide:all;">Trois lectures&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>
            <!--[if mso]><v:roundrect href="https://example.org/vml"><center>Outlook only</center></v:roundrect><![endif]-->
            <!--[if !mso]><!--><a href="https://example.org/go">Go</a><!--<![endif]-->
            <p hidden>Hidden</p><p aria-hidden="true">Decoration</p><p data-plain="skip">Copy this link</p>
            <script>alert(1)</script>
            <p>Visible</p>
            </body>
            """);

        Assert.Equal("Go (https://example.org/go)\n\nVisible\n", text);
    }

    [Fact]
    public void FromHtml_should_keep_a_long_url_whole_on_its_own_line_when_it_is_wider_than_a_line()
    {
        var url = "https://energies.example/demo/newsletters/confirm?token=" + new string('A', 150);
        var text = EmailPlainText.FromHtml($"<p>Please follow <a href=\"{url}\">this link</a> to confirm your subscription today.</p>");

        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal(["Please follow this link", $"({url})", "to confirm your subscription today."], lines);
    }

    [Fact]
    public void FromHtml_should_wrap_lines_at_78_columns_when_a_paragraph_is_long()
    {
        var words = string.Join(' ', Enumerable.Repeat("sobriété", 40));

        var text = EmailPlainText.FromHtml($"<p>{words}</p>");

        var lines = text.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length > 1);
        Assert.All(lines, line => Assert.InRange(line.Length, 1, EmailPlainText.Width));
        Assert.Equal(words, string.Join(' ', lines));
    }

    [Fact]
    public void FromHtml_should_keep_french_punctuation_with_its_word_when_no_break_spaces_hold_it()
    {
        var text = EmailPlainText.FromHtml("<p>" + new string('x', 70) + " adresse&nbsp;: oui</p>");

        Assert.Equal(new string('x', 70) + "\nadresse : oui\n", text);
    }

    [Fact]
    public void FromHtml_should_read_layout_tables_as_blocks_and_data_tables_as_rows_when_both_appear()
    {
        var text = EmailPlainText.FromHtml("""
            <table role="presentation"><tr><td>Hub</td></tr><tr><td><p>Body</p>
            <table><thead><tr><th>Date</th><th>Measure</th></tr></thead>
            <tbody><tr><td>2025</td><td>G banned</td></tr><tr><td>2028</td><td>F banned</td></tr></tbody></table>
            </td></tr></table>
            """);

        Assert.Equal("Hub\n\nBody\n\nDate | Measure\n2025 | G banned\n2028 | F banned\n", text);
    }

    [Fact]
    public void FromHtml_should_prefix_quotes_and_keep_code_as_is_when_the_body_has_them()
    {
        var text = EmailPlainText.FromHtml("<blockquote><p>Sobriety first.</p></blockquote><pre><code>kWh  = 1\n  CO2 = 2</code></pre><p>Line<br>break</p>");

        Assert.Equal("> Sobriety first.\n\nkWh  = 1\n  CO2 = 2\n\nLine\nbreak\n", text);
    }

    [Fact]
    public void FromHtml_should_return_nothing_when_the_html_has_no_visible_text()
    {
        Assert.Equal(string.Empty, EmailPlainText.FromHtml("<div style=\"display:none\">preheader</div><img src=\"x\" alt=\"x\">"));
    }
}
