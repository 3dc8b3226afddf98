using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SearchSnippetTests
{
    [Fact]
    public void Snippet_should_escape_the_text_and_keep_only_mark_tags_when_the_body_holds_html()
    {
        using var index = new TempSearchIndex(SearchCorpus.Article(
            1, "en", "Grid security", "Attackers tried <script>alert('grid')</script> & \"quotes\" on the grid operator's portal."));

        var snippet = index.Search("grid").Hits.Single().SnippetHtml;

        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.Contains("&quot;quotes&quot;", snippet, StringComparison.Ordinal);
        Assert.Contains("<mark>grid</mark>", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", snippet, StringComparison.Ordinal);
        var withoutMarks = snippet.Replace("<mark>", string.Empty, StringComparison.Ordinal).Replace("</mark>", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain('<', withoutMarks);
        Assert.DoesNotContain('>', withoutMarks);
    }

    [Fact]
    public void Snippet_should_mark_every_form_of_the_word_when_stems_match()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var snippet = index.Search("rénovations").Hits.Single(h => h.Id == SearchCorpus.Renovation).SnippetHtml;

        Assert.Contains("La <mark>rénovation</mark> globale", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_should_mark_the_typo_target_when_the_query_was_fuzzy()
    {
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Chantier", "La rénovation des écoles commence en juin."));

        Assert.Contains("<mark>rénovation</mark>", index.Search("renovaton").Hits.Single().SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_should_mark_the_phrase_when_the_query_is_quoted()
    {
        using var index = new TempSearchIndex(SearchCorpus.All());

        var snippet = index.Search("\"pompe à chaleur\"").Hits.Single().SnippetHtml;

        Assert.Contains("<mark>pompe</mark> à <mark>chaleur</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_should_be_about_200_characters_around_the_match_when_the_body_is_long()
    {
        var filler = string.Concat(Enumerable.Repeat("Les réseaux de chaleur alimentent les quartiers denses. ", 30));
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Chaleur", filler + "Le biométhane injecté couvre un dixième des besoins. " + filler));

        var snippet = index.Search("biométhane").Hits.Single().SnippetHtml;

        Assert.Contains("<mark>biométhane</mark>", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 100, 260);
    }

    [Fact]
    public void Snippet_should_show_the_passage_with_the_most_query_words_when_a_long_body_matches_in_several_places()
    {
        var filler = string.Concat(Enumerable.Repeat("Les quartiers denses se chauffent de mille façons. ", 40));
        var body = "La géothermie profonde reste rare. " + filler + "La géothermie de surface alimente une pompe sur nappe. " + filler;
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Sous-sol", body));

        var snippet = index.Search("géothermie nappe").Hits.Single().SnippetHtml;

        Assert.Contains("<mark>géothermie</mark> de surface alimente une pompe sur <mark>nappe</mark>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Snippet_should_mark_a_word_spelt_with_a_ligature_when_it_sits_deep_in_a_long_body()
    {
        var filler = string.Concat(Enumerable.Repeat("Les quartiers denses se chauffent de mille façons. ", 40));
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Chantiers", filler + "La maîtrise d'œuvre suit le chantier. " + filler));

        var snippet = index.Search("oeuvre").Hits.Single().SnippetHtml;

        Assert.Contains("<mark>d'œuvre</mark>", snippet, StringComparison.Ordinal); // the elided article is part of the word
    }

    [Fact]
    public void Snippet_should_start_the_body_escaped_when_the_query_matches_everything()
    {
        var body = "<b>Bold</b> start. " + string.Concat(Enumerable.Repeat("Une phrase sur l'énergie solaire. ", 20));
        using var index = new TempSearchIndex(SearchCorpus.Article(1, "fr", "Solaire", body));

        var snippet = index.Search(null).Hits.Single().SnippetHtml;

        Assert.StartsWith("&lt;b&gt;Bold&lt;/b&gt; start. Une phrase", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<mark>", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
        Assert.InRange(snippet.Length, 150, 260);
    }

    [Fact]
    public void Snippet_should_fall_back_to_the_dek_then_the_title_when_the_body_does_not_match()
    {
        var withDek = SearchCorpus.Article(1, "fr", "Nucléaire", "Le parc vieillit.") with { Dek = "Prolonger les réacteurs coûte moins cher." };
        var titleOnly = SearchCorpus.Article(2, "fr", "Les réacteurs de demain", "Petits modules en série.");
        using var index = new TempSearchIndex(withDek, titleOnly);

        var hits = index.Search("réacteurs").Hits.ToDictionary(h => h.Id, h => h.SnippetHtml);

        Assert.Equal("Prolonger les <mark>réacteurs</mark> coûte moins cher.", hits[1]);
        Assert.Equal("Les <mark>réacteurs</mark> de demain", hits[2]);
    }

    [Fact]
    public void Snippet_source_should_keep_only_what_the_highlighter_reads_and_never_split_a_surrogate_pair()
    {
        var shortBody = "La rénovation globale.";
        var longBody = new string('a', SearchSnippets.MaxCharsToAnalyze - 1) + "🔥" + new string('b', 500);

        var kept = SearchDocumentMapper.SnippetSource(longBody);

        Assert.Same(shortBody, SearchDocumentMapper.SnippetSource(shortBody));
        Assert.Equal(SearchSnippets.MaxCharsToAnalyze - 1, kept.Length);
        Assert.False(char.IsHighSurrogate(kept[^1]));
    }

    [Fact]
    public void Opening_should_be_cut_from_the_whole_text_collapsed_when_only_its_start_is_read()
    {
        var random = new Random(20261208);
        string[] pieces = ["a", "é", "mot", "longuement", " ", "  ", "\n", "\t \r\n", "&", "<b>", "\"", "\u00a0", "\u2003"];
        for (var text = 0; text < 2_000; text++)
        {
            var built = new System.Text.StringBuilder();
            var length = random.Next(0, 700);
            while (built.Length < length)
            {
                built.Append(pieces[random.Next(pieces.Length)]);
            }

            var source = built.ToString();

            Assert.Equal(SnippetHighlighterEquivalenceTests.ReferenceOpening(source), SearchSnippets.Opening(source));
            var collapsed = SnippetHighlighterEquivalenceTests.Collapse(source);
            var limit = random.Next(1, 300);
            Assert.Equal(collapsed[..Math.Min(limit, collapsed.Length)], HtmlTextEncoder.Collapse(source, limit));
        }
    }
}
