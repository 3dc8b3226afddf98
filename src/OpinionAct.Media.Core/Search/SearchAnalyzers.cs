using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace OpinionAct.Media.Search;

/// <summary>
/// The analysis chains, shared by every index (analyzers are thread-safe and keep per-thread state).
/// French: standard tokenizer, elision (l' d' qu' ...), lowercase, French stop words, ASCII folding,
/// light French stemming. English: standard tokenizer, possessive 's, lowercase, English stop
/// words, ASCII folding, Porter stemming. Folding comes before stemming so that a word typed with
/// or without accents reaches the stemmer in the same form.
/// </summary>
internal static class SearchAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>French stems (dek and topic fields, and queries).</summary>
    public static readonly Analyzer French = Analyzer.NewAnonymous((_, reader) => FrenchChain(reader, surfaceForms: false));

    /// <summary>French stems plus marked surface forms for typo tolerance (title and body fields, snippets).</summary>
    public static readonly Analyzer FrenchWithSurfaceForms = Analyzer.NewAnonymous((_, reader) => FrenchChain(reader, surfaceForms: true));

    public static readonly Analyzer English = Analyzer.NewAnonymous((_, reader) => EnglishChain(reader, surfaceForms: false));

    public static readonly Analyzer EnglishWithSurfaceForms = Analyzer.NewAnonymous((_, reader) => EnglishChain(reader, surfaceForms: true));

    /// <summary>People's names: lowercase and folded, no stop words, no stemming.</summary>
    public static readonly Analyzer Name = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(Version, source)));
    });

    /// <summary>A query word's surface form for typo tolerance: elision, lowercase, folding, nothing removed.</summary>
    public static readonly Analyzer Surface = Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(Version, stream)));
    });

    /// <summary>Words as typed: the standard tokenizer alone, to split a query into words.</summary>
    public static readonly Analyzer Words = Analyzer.NewAnonymous((_, reader) => new TokenStreamComponents(new StandardTokenizer(Version, reader)));

    /// <summary>What the index writer uses: each text field gets its language's chain.</summary>
    public static readonly Analyzer Index = new PerFieldAnalyzerWrapper(Name, new Dictionary<string, Analyzer>
    {
        [SearchFields.Text(SearchFields.Title, SearchFields.French)] = FrenchWithSurfaceForms,
        [SearchFields.Text(SearchFields.Body, SearchFields.French)] = FrenchWithSurfaceForms,
        [SearchFields.Text(SearchFields.Dek, SearchFields.French)] = French,
        [SearchFields.Text(SearchFields.Topics, SearchFields.French)] = French,
        [SearchFields.Text(SearchFields.Title, SearchFields.English)] = EnglishWithSurfaceForms,
        [SearchFields.Text(SearchFields.Body, SearchFields.English)] = EnglishWithSurfaceForms,
        [SearchFields.Text(SearchFields.Dek, SearchFields.English)] = English,
        [SearchFields.Text(SearchFields.Topics, SearchFields.English)] = English,
        [SearchFields.ExpertNames] = Name,
    });

    public static Analyzer ForLanguage(string language, bool surfaceForms) => language == SearchFields.English
        ? surfaceForms ? EnglishWithSurfaceForms : English
        : surfaceForms ? FrenchWithSurfaceForms : French;

    /// <summary>The tokens of <paramref name="text"/> with their positions (first token at 0).</summary>
    public static List<AnalyzedToken> Analyze(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(SearchFields.QueryField, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        var first = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            if (first < 0)
            {
                first = position;
            }

            tokens.Add(new AnalyzedToken(term.ToString(), position - first));
        }

        stream.End();
        return tokens;
    }

    private static TokenStreamComponents FrenchChain(TextReader reader, bool surfaceForms)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, FrenchAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        if (surfaceForms)
        {
            stream = new SurfaceFormFilter(stream);
        }

        return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
    }

    private static TokenStreamComponents EnglishChain(TextReader reader, bool surfaceForms)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, source);
        stream = new LowerCaseFilter(Version, stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new ASCIIFoldingFilter(stream);
        if (surfaceForms)
        {
            stream = new SurfaceFormFilter(stream);
        }

        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }
}
