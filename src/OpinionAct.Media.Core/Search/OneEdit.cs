namespace OpinionAct.Media.Search;

/// <summary>
/// Whether two words are at most one edit apart (an insertion, a deletion, a substitution, or two neighbouring
/// characters swapped): the distance <see cref="TypoCorrections"/> allows, checked directly for short term lists
/// where building an automaton would cost more than reading every term.
/// </summary>
internal static class OneEdit
{
    public static bool Within(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            return Within(b, a);
        }

        if (a.Length - b.Length > 1)
        {
            return false;
        }

        var i = a.CommonPrefixLength(b);
        if (i == b.Length)
        {
            return true; // equal, or a has one more character at its end
        }

        if (a.Length != b.Length)
        {
            return a[(i + 1)..].SequenceEqual(b[i..]); // one character inserted in a at i
        }

        return a[(i + 1)..].SequenceEqual(b[(i + 1)..]) // substituted at i
            || (i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..])); // swapped
    }
}
