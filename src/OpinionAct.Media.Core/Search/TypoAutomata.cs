using Lucene.Net.Util.Automaton;

namespace OpinionAct.Media.Search;

/// <summary>
/// The compiled one-edit Levenshtein automata of recently typed words, shared by every index and request. An
/// automaton depends only on its word (never on an index or a result), is immutable once compiled, and compiling
/// it was the largest part of a typo lookup on a small hub; readers type the same words again and again. Bounded
/// (<see cref="BoundedMemo{TKey, TValue}"/>): at most <see cref="Capacity"/> words, a few megabytes.
/// </summary>
internal static class TypoAutomata
{
    /// <summary>Most automata kept (a 10-letter ASCII word's is a few kilobytes).</summary>
    public const int Capacity = 1_024;

    private const int MaxEdits = 1;

    private static readonly BoundedMemo<string, CompiledAutomaton> Compiled = new(Capacity, StringComparer.Ordinal);

    /// <summary>How many automata are kept now (for tests).</summary>
    public static int Count => Compiled.Count;

    /// <summary>Forgets every automaton (tests compare a search with a fresh compilation against one from the cache).</summary>
    public static void Clear() => Compiled.Clear();

    /// <summary>The automaton accepting any text at most one edit from <paramref name="text"/> (a transposition counts as one).</summary>
    public static CompiledAutomaton For(string text) => Compiled.GetOrAdd(text, Compile);

    /// <summary>
    /// The indexed surface forms are ASCII-folded, so for an ASCII word the edits range over ASCII only: the
    /// automaton's UTF-8 form then has one byte per character and compiles several times faster than one open to
    /// every code point. A word with other characters (a script the folding leaves alone) keeps the full range.
    /// </summary>
    private static CompiledAutomaton Compile(string text)
    {
        var levenshtein = System.Text.Ascii.IsValid(text)
            ? new LevenshteinAutomata(text.Select(c => (int)c).ToArray(), alphaMax: 0x7F, withTranspositions: true)
            : new LevenshteinAutomata(text, withTranspositions: true);
        return new CompiledAutomaton(levenshtein.ToAutomaton(MaxEdits), finite: true, simplify: false);
    }
}
