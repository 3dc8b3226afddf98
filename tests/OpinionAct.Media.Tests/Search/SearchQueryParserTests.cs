using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

/// <summary>Query words are analysed once and kept: a word seen before parses as it did the first time.</summary>
public sealed class SearchQueryParserTests
{
    [Theory]
    [InlineData("pompe à chaleur")]
    [InlineData("the heat pumps")]
    [InlineData("\"rénovation\" rénovation renovaton")]
    [InlineData("les pour and Durand")]
    [InlineData("\"pompe à chaleur\" isolation")]
    public void Parse_should_give_the_same_words_when_they_were_analysed_before(string query)
    {
        var first = SearchQueryParser.Parse(SearchText.Normalize(query));
        var again = SearchQueryParser.Parse(SearchText.Normalize(query));

        Assert.Equal(Shape(first), Shape(again));
        Assert.Equal(Shape(first), Shape(SearchQueryParser.Parse(SearchText.Normalize("zzunknown " + query))).Skip(1));
    }

    [Fact]
    public void Parse_should_drop_a_stop_word_and_a_repeated_word_each_time_they_come()
    {
        for (var time = 0; time < 2; time++)
        {
            var parsed = SearchQueryParser.Parse(SearchText.Normalize("les pompes pompe the"));

            var word = Assert.Single(parsed.Words);
            Assert.Equal(["pomp"], word.French);
            Assert.Equal("pompes", word.FuzzySurface);
        }
    }

    [Fact]
    public void Parse_should_not_tolerate_a_typo_in_a_quoted_word_when_the_same_word_came_unquoted_before()
    {
        Assert.Equal("isolation", Assert.Single(SearchQueryParser.Parse("isolation").Words).FuzzySurface);

        Assert.Null(Assert.Single(SearchQueryParser.Parse("\"isolation\"").Words).FuzzySurface);
    }

    [Fact]
    public void Parser_should_keep_at_most_its_bound_when_many_distinct_words_are_typed()
    {
        for (var i = 0; i < SearchQueryParser.KeptWords + 50; i++)
        {
            SearchQueryParser.Parse("mot" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Assert.InRange(SearchQueryParser.KeptCount, 1, SearchQueryParser.KeptWords);
    }

    private static IEnumerable<string> Shape(ParsedQuery parsed) =>
        parsed.Words.Select(w => string.Join(",", w.French) + "|" + string.Join(",", w.English) + "|" + string.Join(",", w.Names) + "|" + w.FuzzySurface)
            .Concat(parsed.Phrases.Select(p => "phrase:" + string.Join(",", p.French.Select(t => t.Term + t.Position)) + "|" + string.Join(",", p.English.Select(t => t.Term + t.Position))));
}
