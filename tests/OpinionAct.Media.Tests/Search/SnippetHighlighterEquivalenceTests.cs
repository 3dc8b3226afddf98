using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search.Highlight;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>
/// Snippets are cut from each hit's kept tokens instead of by Lucene's Highlighter re-analysing the text for every query.
/// This holds the two equal: for every article of the corpus and long texts made to need windows (some cut where no
/// space is near, inside a word), and many sets of weighted stems taken from the texts themselves, the snippet is the one
/// the highlighter chose before (the product's previous code, kept here as the reference).
/// </summary>
public sealed class SnippetHighlighterEquivalenceTests
{
    [Fact]
    public void Snippets_should_be_those_of_lucenes_highlighter_for_every_text_and_set_of_stems()
    {
        var random = new Random(20261207);
        var compared = 0;
        var marked = 0;
        foreach (var document in Documents())
        {
            var hit = Hit(document);
            var stems = StemsOf(hit.Language, document.Body + " " + document.Dek + " " + document.Title);
            Assert.NotEmpty(stems);
            for (var set = 0; set < 40; set++)
            {
                var terms = new Dictionary<string, float>(StringComparer.Ordinal);
                var count = 1 + random.Next(4);
                for (var i = 0; i < count; i++)
                {
                    // Mostly stems of the text, sometimes one it lacks; exact and typo weights, as queries give them.
                    var stem = random.Next(8) == 0 ? "absent" + i : stems[random.Next(stems.Count)];
                    terms.TryAdd(stem, random.Next(3) == 0 ? SearchFields.FuzzyFactor : 1f);
                }

                var ours = SearchSnippets.For(hit, new SnippetTerms(terms));
                var reference = Reference(hit.Language, [.. terms.Select(t => new WeightedTerm(t.Value, t.Key))], document.Body, document.Dek, document.Title);
                Assert.True(reference == ours, $"document {document.Id}, stems {string.Join(",", terms.Keys)}:\nexpected {reference}\nactual   {ours}");
                compared++;
                marked += ours.Contains("<mark>", StringComparison.Ordinal) ? 1 : 0;
            }
        }

        Assert.True(marked > compared / 2, $"only {marked} of {compared} snippets marked a word: the sets of stems do not exercise highlighting");
    }

    [Fact]
    public void Snippet_should_be_that_of_lucenes_highlighter_when_its_window_starts_inside_a_long_word()
    {
        var filler = string.Join(" ", SearchCorpus.All().Where(d => d.Language == "fr").Select(d => d.Body));
        var word = new string('z', 150);
        var body = filler + " " + word + " Le biométhane injecté couvre un dixième des besoins. " + filler;
        var document = SearchCorpus.Article(9005, "fr", "Biométhane", body);
        var terms = StemsOf("fr", "biométhane").ToDictionary(stem => stem, _ => 1f, StringComparer.Ordinal);
        var window = Assert.Single(SnippetWindows.For(body, terms.Keys, SearchSnippets.Length));
        var wordStart = body.IndexOf(word, StringComparison.Ordinal);

        var ours = SearchSnippets.For(Hit(document), new SnippetTerms(terms));

        Assert.InRange(window.Start, wordStart + 1, wordStart + word.Length - 1); // the window cuts the long word
        Assert.Contains("<mark>biométhane</mark>", ours, StringComparison.Ordinal);
        Assert.Equal(Reference("fr", [.. terms.Select(t => new WeightedTerm(t.Value, t.Key))], body, null, "Biométhane"), ours);
    }

    private static IEnumerable<SearchDocument> Documents()
    {
        foreach (var document in SearchCorpus.All())
        {
            yield return document;
        }

        var french = string.Join(" ", SearchCorpus.All().Where(d => d.Language == "fr").Select(d => d.Body));
        var english = string.Join(" ", SearchCorpus.All().Where(d => d.Language == "en").Select(d => d.Body));
        yield return SearchCorpus.Article(9001, "fr", "Long", string.Concat(Enumerable.Repeat(french + " ", 4)));
        yield return SearchCorpus.Article(9002, "en", "Long", string.Concat(Enumerable.Repeat(english + " ", 6)));

        // Words with no space near them: a window around a match there starts or ends inside a word.
        var run = "https://exemple.fr/" + string.Concat(Enumerable.Repeat("chaleur-renovation-", 4));
        yield return SearchCorpus.Article(9003, "fr", "Liens", string.Concat(Enumerable.Repeat(french[..Math.Min(600, french.Length)] + " " + run + " ", 3)));
        yield return SearchCorpus.Article(9004, "fr", "Entités", "L'isolation & <b>la</b> \"pompe\"\tà   chaleur\n" + french);
    }

    private static StoredHit Hit(SearchDocument document)
    {
        // Through the index, so the stored texts are exactly those searches read (the body cut for snippets).
        using var index = new TempSearchIndex(document);
        index.Index.Commit(1);
        using var reader = Lucene.Net.Index.DirectoryReader.Open(Lucene.Net.Store.FSDirectory.Open(index.Folder));
        return new StoredHits(StoredHits.DefaultKeptChars).Get(reader, 0);
    }

    private static List<string> StemsOf(string language, string text)
    {
        var stems = new List<string>();
        using var tokens = SearchAnalyzers.ForLanguage(language, surfaceForms: false).GetTokenStream(SearchFields.QueryField, text);
        var term = tokens.AddAttribute<ICharTermAttribute>();
        tokens.Reset();
        while (tokens.IncrementToken())
        {
            stems.Add(term.ToString());
        }

        tokens.End();
        return stems.Distinct().ToList();
    }

    // The product's snippets before this change: Lucene's Highlighter over each text, or each window of a long one.
    private static string Reference(string language, WeightedTerm[] terms, params string?[] texts)
    {
        foreach (var text in texts)
        {
            if (!string.IsNullOrWhiteSpace(text) && ReferenceHighlight(language, terms, SearchDocumentMapper.SnippetSource(text)) is { } fragment)
            {
                return fragment;
            }
        }

        return ReferenceOpening(texts.Select(t => t is null ? null : SearchDocumentMapper.SnippetSource(t)).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)));
    }

    // Whitespace runs collapsed to one space, trimmed, over the whole text (how the opening was made before).
    internal static string Collapse(string? text) =>
        string.IsNullOrEmpty(text) ? string.Empty : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    // The opening before it was cut from only the start of the text: the whole text collapsed, then cut.
    internal static string ReferenceOpening(string? text)
    {
        var plain = Collapse(text);
        if (plain.Length <= SearchSnippets.Length)
        {
            return HtmlTextEncoder.Encode(plain);
        }

        var cut = plain.LastIndexOf(' ', SearchSnippets.Length);
        return HtmlTextEncoder.Encode(plain[..(cut > SearchSnippets.Length / 2 ? cut : SearchSnippets.Length)]) + "…";
    }

    private static string? ReferenceHighlight(string language, WeightedTerm[] terms, string text)
    {
        if (text.Length <= SearchSnippets.WholeTextUpTo)
        {
            return ReferenceBest(language, terms, text)?.ToString().Trim();
        }

        TextFragment? best = null;
        foreach (var (start, length) in SnippetWindows.For(text, terms.Select(t => t.Term), SearchSnippets.Length))
        {
            if (ReferenceBest(language, terms, text.Substring(start, length)) is { } fragment && (best is null || fragment.Score > best.Score))
            {
                best = fragment;
            }
        }

        return best?.ToString().Trim();
    }

    private static TextFragment? ReferenceBest(string language, WeightedTerm[] terms, string text)
    {
        var highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), HtmlTextEncoder.Instance, new QueryTermScorer(terms))
        {
            TextFragmenter = new SimpleFragmenter(SearchSnippets.Length),
            MaxDocCharsToAnalyze = SearchSnippets.MaxCharsToAnalyze,
        };
        using var tokens = SearchAnalyzers.ForLanguage(language, surfaceForms: false).GetTokenStream(SearchFields.QueryField, text);
        var best = highlighter.GetBestTextFragments(tokens, text, mergeContiguousFragments: false, maxNumFragments: 1);
        return best.Length > 0 && best[0] is { Score: > 0 } fragment ? fragment : null;
    }
}
