using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SurfaceFormFilterTests
{
    public static TheoryData<string> Texts() =>
    [
        "La rénovation énergétique des logements : rénovation globale, rénovations par étapes et l'électricité.",
        "Heat pumps and grids: the grid's heat pumps, heating homes; heat again and again.",
        "Œuvre, cœur, Straße, naïve, façade — 2026 audits, DPE, MaPrimeRénov', ÉNERGIE énergie Énergie.",
        "a an the les des du de la le",
        "",
        string.Concat(Enumerable.Repeat("pompe à chaleur réseau électrique précarité énergétique sobriété ", 200)),
        "anticonstitutionnellementanticonstitutionnellementanticonstitutionnellement mot mots",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void SurfaceFormFilter_should_emit_the_same_tokens_as_the_state_capturing_filter_when_text_is_analysed(string text)
    {
        foreach (var english in new[] { false, true })
        {
            Assert.Equal(
                Tokens(Chain(english, stream => new CapturingSurfaceFormFilter(stream)), text),
                Tokens(Chain(english, stream => new SurfaceFormFilter(stream)), text));
        }
    }

    [Fact]
    public void SurfaceFormFilter_should_add_each_marked_surface_form_once_at_its_first_position_when_a_word_repeats()
    {
        var tokens = Tokens(Chain(english: false, stream => new SurfaceFormFilter(stream)), "rénovation rénovations rénovation");

        Assert.Equal(["renov@1", "~renovation@0", "renov@1", "~renovations@0", "renov@1"], tokens.Select(t => $"{t.Term}@{t.Increment}"));
        Assert.All(tokens.Where(t => t.Term.StartsWith('~')), t => Assert.True(t.Keyword));
    }

    private static Analyzer Chain(bool english, Func<TokenStream, TokenStream> surface) => Analyzer.NewAnonymous((_, reader) =>
    {
        var source = new StandardTokenizer(SearchAnalyzers.Version, reader);
        TokenStream stream = english
            ? new EnglishPossessiveFilter(SearchAnalyzers.Version, source)
            : new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
        stream = new LowerCaseFilter(SearchAnalyzers.Version, stream);
        stream = new StopFilter(SearchAnalyzers.Version, stream, english ? EnglishAnalyzer.DefaultStopSet : FrenchAnalyzer.DefaultStopSet);
        stream = surface(new ASCIIFoldingFilter(stream));
        return new TokenStreamComponents(source, english ? new PorterStemFilter(stream) : new FrenchLightStemFilter(stream));
    });

    private static List<Token> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<Token>();
        using var stream = analyzer.GetTokenStream("f", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        var keyword = stream.AddAttribute<IKeywordAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new Token(term.ToString(), increment.PositionIncrement, offset.StartOffset, offset.EndOffset, keyword.IsKeyword, type.Type));
        }

        stream.End();
        return tokens;
    }

    private sealed record Token(string Term, int Increment, int Start, int End, bool Keyword, string Type);
}
