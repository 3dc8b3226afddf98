namespace OpinionAct.Media.Search;

/// <summary>
/// One query word as each analysis sees it: its French and English stems, its folded form for
/// expert names, and its folded surface form when it is long enough to be matched with one typo.
/// </summary>
internal sealed record QueryWord(string[] French, string[] English, string[] Names, string? FuzzySurface)
{
    public string[] For(string language) => language == SearchFields.English ? English : French;
}
