namespace OpinionAct.Media.Search;

/// <summary>A normalised query split into words and phrases; no Lucene syntax survives parsing.</summary>
internal sealed record ParsedQuery(string Text, IReadOnlyList<QueryWord> Words, IReadOnlyList<QueryPhrase> Phrases)
{
    /// <summary>Nothing typed: every document matches, newest first.</summary>
    public bool MatchesAll => Text.Length == 0;

    /// <summary>Something typed, but nothing searchable in it (only stop words or punctuation).</summary>
    public bool MatchesNothing => Text.Length > 0 && Words.Count == 0 && Phrases.Count == 0;

    public int ClauseCount => Words.Count + Phrases.Count;
}
