namespace OpinionAct.Media.Search;

/// <summary>A "quoted phrase" as French and English analysis see it (stems with positions).</summary>
internal sealed record QueryPhrase(IReadOnlyList<AnalyzedToken> French, IReadOnlyList<AnalyzedToken> English)
{
    public IReadOnlyList<AnalyzedToken> For(string language) => language == SearchFields.English ? English : French;
}
