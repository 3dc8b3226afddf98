namespace OpinionAct.Media.Search;

/// <summary>One token out of an analysis chain, with its position relative to the first token.</summary>
internal readonly record struct AnalyzedToken(string Term, int Position);
