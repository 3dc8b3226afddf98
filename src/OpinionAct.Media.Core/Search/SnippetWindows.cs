using System.Globalization;
using System.Text;

namespace OpinionAct.Media.Search;

/// <summary>
/// Where in a long text a snippet can be: the stretches around each word that starts with the first letters of a
/// query stem. Finding them takes a folded copy of the text and a few vectorised searches, so the highlighter
/// re-analyses (tokenises, folds, stems) only those stretches instead of the whole text; that analysis was most of a
/// search's time. Stemmers change endings, not the first letters (rénovations → renov, studies → studi), so a word whose
/// stem is a query stem starts with that stem's first <see cref="ProbeLength"/> letters once folded like the index.
/// Of those stretches, only the <see cref="MaxWindows"/> with the most distinct stems starting words in them go to the
/// highlighter: the fragment it keeps is the one holding the most distinct query stems, and in a long article whose
/// words come back often the stretches around every match covered most of the text (a quarter of a search's time).
/// </summary>
internal static class SnippetWindows
{
    /// <summary>Letters of each stem looked for at the start of words.</summary>
    public const int ProbeLength = 4;

    /// <summary>Most matching words considered per text; the best snippet is almost always among the first.</summary>
    public const int MaxHits = 24;

    /// <summary>Most stretches handed to the highlighter: the best by distinct stems, the earliest first among equals.</summary>
    public const int MaxWindows = 3;

    // Lower case without diacritics, one character for one so that offsets in the copy are offsets in the text.
    private static readonly char[] Folded = BuildFoldTable();

    /// <summary>
    /// The stretches to highlight, in text order, merged where they overlap, each starting and ending at a space; empty
    /// when no word of the text starts like a stem.
    /// </summary>
    public static List<(int Start, int Length)> For(string text, IEnumerable<string> stems, int around) =>
        For(text, Fold(text), Probes(stems), around);

    /// <summary>
    /// The same, with the text's folded copy (<see cref="Fold"/>) made before, as a kept hit keeps it
    /// (<see cref="StoredHit.Folded"/>), and the stems' probes made once per query (<see cref="SnippetTerms.Probes"/>).
    /// </summary>
    public static List<(int Start, int Length)> For(string text, string folded, IReadOnlyList<(string Probe, int Stem)> probes, int around)
    {
        var starts = new List<(int At, int Stem)>();
        foreach (var (probe, stem) in probes)
        {
            var from = 0;
            while (from < folded.Length && starts.Count < MaxHits * 4)
            {
                var at = folded.AsSpan(from).IndexOf(probe, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                at += from;
                if (at == 0 || !char.IsLetterOrDigit(folded[at - 1]))
                {
                    starts.Add((at, stem));
                }

                from = at + probe.Length;
            }
        }

        if (starts.Count == 0)
        {
            return [];
        }

        starts.Sort();
        var hits = starts.Count > MaxHits ? starts.GetRange(0, MaxHits) : starts;
        return Merge(Best(text, hits, around));
    }

    /// <summary>
    /// The first letters of each stem, with the stem's number; where the index spelt a ligature as two letters (oe, ae,
    /// ss), also the one letter the copy has in its place. Stems sharing their first letters share one probe.
    /// </summary>
    public static IReadOnlyList<(string Probe, int Stem)> Probes(IEnumerable<string> stems)
    {
        var probes = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 0;
        foreach (var stem in stems.Where(s => s.Length > 0))
        {
            probes.TryAdd(stem.Length > ProbeLength ? stem[..ProbeLength] : stem, number);
            var single = stem.Replace("oe", "o", StringComparison.Ordinal).Replace("ae", "a", StringComparison.Ordinal).Replace("ss", "s", StringComparison.Ordinal);
            if (single.Length != stem.Length)
            {
                probes.TryAdd(single.Length > ProbeLength ? single[..ProbeLength] : single, number);
            }

            number++;
        }

        return [.. probes.Select(probe => (probe.Key, probe.Value))];
    }

    /// <summary>
    /// A stretch around each hit, from half a snippet before it to one and a half after, widened to spaces; of those,
    /// the <see cref="MaxWindows"/> holding the most distinct stems (the earliest first among equals), in text order.
    /// </summary>
    private static (int Start, int End)[] Best(string text, List<(int At, int Stem)> hits, int around)
    {
        var candidates = new (int Start, int End, int Stems)[hits.Count];
        var seen = new int[hits.Max(hit => hit.Stem) + 1]; // the candidate that last counted each stem, plus one
        for (var i = 0; i < hits.Count; i++)
        {
            var start = WordStart(text, Math.Max(0, hits[i].At - (around / 2)));
            var end = WordEnd(text, Math.Min(text.Length, hits[i].At + around + (around / 2)));
            var stems = 0;
            foreach (var (at, stem) in hits)
            {
                if (at >= start && at < end && seen[stem] != i + 1)
                {
                    seen[stem] = i + 1;
                    stems++;
                }
            }

            candidates[i] = (start, end, stems);
        }

        // Most stems first, then the earliest; among equals, the earlier hit (what a stable sort keeps).
        var ranked = Enumerable.Range(0, candidates.Length).ToArray();
        Array.Sort(ranked, (x, y) =>
        {
            var order = candidates[y].Stems.CompareTo(candidates[x].Stems);
            order = order != 0 ? order : candidates[x].Start.CompareTo(candidates[y].Start);
            return order != 0 ? order : x.CompareTo(y);
        });

        // The best few in text order; among equal starts, the better ranked first (OrderBy is stable).
        return [.. ranked.Take(MaxWindows).OrderBy(i => candidates[i].Start).Select(i => (candidates[i].Start, candidates[i].End))];
    }

    /// <summary>Stretches in text order as windows, overlapping ones merged into one.</summary>
    internal static List<(int Start, int Length)> Merge((int Start, int End)[] stretches)
    {
        var windows = new List<(int Start, int Length)>(stretches.Length);
        foreach (var (start, end) in stretches)
        {
            if (windows.Count > 0 && start <= windows[^1].Start + windows[^1].Length)
            {
                var last = windows[^1];
                windows[^1] = (last.Start, Math.Max(end, last.Start + last.Length) - last.Start);
            }
            else
            {
                windows.Add((start, end - start));
            }
        }

        return windows;
    }

    /// <summary>Lower case without diacritics, one character for one, so that offsets in the copy are offsets in the text.</summary>
    public static string Fold(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c < Folded.Length ? Folded[c] : char.ToLowerInvariant(c);
            }
        });
    }

    // Back to just after the previous space (at most 20 characters back), so a stretch never starts inside a word.
    internal static int WordStart(string text, int at)
    {
        for (var i = at; i > 0 && i > at - 20; i--)
        {
            if (char.IsWhiteSpace(text[i - 1]))
            {
                return i;
            }
        }

        return at;
    }

    internal static int WordEnd(string text, int at)
    {
        for (var i = at; i < text.Length && i < at + 20; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                return i;
            }
        }

        return at;
    }

    private static char[] BuildFoldTable()
    {
        // Latin letters with diacritics up to Latin Extended-B; above that, lower case only.
        var table = new char[0x250];
        for (var c = 0; c < table.Length; c++)
        {
            var lower = char.ToLowerInvariant((char)c);
            var decomposed = lower.ToString().Normalize(NormalizationForm.FormD);
            table[c] = decomposed.Length > 0 && CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
                ? decomposed[0]
                : lower;
        }

        // The folding of the index turns these into two letters; their first stands in, one character for one.
        table['æ'] = 'a';
        table['Æ'] = 'a';
        table['œ'] = 'o';
        table['Œ'] = 'o';
        table['ß'] = 's';
        return table;
    }
}
