using OpinionAct.Media.Search;

namespace OpinionAct.Media.Tests.Search;

public sealed class SnippetWindowsTests
{
    [Fact]
    public void Windows_should_be_few_and_hold_the_most_query_stems_when_a_long_text_repeats_one_word()
    {
        var chaleur = string.Concat(Enumerable.Repeat("La chaleur du sous-sol reste stable toute l'année. ", 10));
        var text = chaleur + "Une pompe à chaleur sur nappe phréatique suffit souvent. " + chaleur;
        var best = text.IndexOf("Une pompe", StringComparison.Ordinal);

        var windows = SnippetWindows.For(text, ["chaleur", "napp"], SearchSnippets.Length);

        Assert.InRange(windows.Count, 1, SnippetWindows.MaxWindows);
        Assert.Contains(windows, w => w.Start <= best && best < w.Start + w.Length);
        Assert.True(windows.Sum(w => w.Length) < text.Length / 2, $"{windows.Sum(w => w.Length)} of {text.Length} characters to analyse");
    }

    [Fact]
    public void Windows_should_start_with_the_earliest_match_when_every_match_holds_the_same_stems()
    {
        var text = string.Concat(Enumerable.Repeat("Les réseaux de chaleur alimentent les quartiers denses. ", 60));

        var windows = SnippetWindows.For(text, ["chaleur"], SearchSnippets.Length);

        Assert.Equal(0, windows[0].Start);
    }
}
