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

    [Fact]
    public void Windows_should_be_those_the_ranked_query_over_every_match_chose_for_any_text_and_stems()
    {
        // The windows were first chosen with a LINQ query over every candidate (kept here as the reference, with the
        // product's word boundaries and merge); the product now ranks them with arrays and probes made once per query,
        // and must choose the same.
        var random = new Random(20261208);
        var corpus = SearchCorpus.All().Select(d => d.Body).ToList();
        var french = string.Join(" ", corpus);
        for (var round = 0; round < 400; round++)
        {
            var text = string.Concat(Enumerable.Range(0, 1 + random.Next(6)).Select(_ => corpus[random.Next(corpus.Count)] + (random.Next(3) == 0 ? "\n\n" : " ")));
            var words = french.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var stems = Enumerable.Range(0, 1 + random.Next(5))
                .Select(_ => SnippetWindows.Fold(words[random.Next(words.Length)]).Trim('.', ',', ';', ':', '(', ')', '«', '»'))
                .Select(word => word.Length > 6 ? word[..(3 + random.Next(4))] : word)
                .Append(random.Next(4) == 0 ? "oeuvr" : "zzz")
                .ToList();

            Assert.Equal(Reference(text, stems, SearchSnippets.Length), SnippetWindows.For(text, stems, SearchSnippets.Length));
        }
    }

    private static List<(int Start, int Length)> Reference(string text, List<string> stems, int around)
    {
        var folded = SnippetWindows.Fold(text);
        var starts = new List<(int At, int Stem)>();
        foreach (var (probe, stem) in SnippetWindows.Probes(stems))
        {
            var from = 0;
            while (from < folded.Length && starts.Count < SnippetWindows.MaxHits * 4)
            {
                var at = folded.IndexOf(probe, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
                {
                    starts.Add((at, stem));
                }

                from = at + probe.Length;
            }
        }

        starts.Sort();
        var hits = starts.Take(SnippetWindows.MaxHits).ToList();
        var candidates = hits
            .Select(hit => (Start: SnippetWindows.WordStart(text, Math.Max(0, hit.At - (around / 2))), End: SnippetWindows.WordEnd(text, Math.Min(text.Length, hit.At + around + (around / 2)))))
            .Select(window => (window.Start, window.End, Stems: hits.Where(h => h.At >= window.Start && h.At < window.End).Select(h => h.Stem).Distinct().Count()))
            .OrderByDescending(window => window.Stems)
            .ThenBy(window => window.Start)
            .Take(SnippetWindows.MaxWindows)
            .OrderBy(window => window.Start);
        return SnippetWindows.Merge([.. candidates.Select(window => (window.Start, window.End))]);
    }
}
