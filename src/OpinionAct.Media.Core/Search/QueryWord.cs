namespace OpinionAct.Media.Search;

/// <summary>
/// One query word as each analysis sees it: its French and English stems, its folded form for
/// expert names, and its folded surface form when it is long enough to be matched with one typo.
/// </summary>
internal sealed record QueryWord(string[] French, string[] English, string[] Names, string? FuzzySurface)
{
    private string? _typoKey;

    public string[] For(string language) => language == SearchFields.English ? English : French;

    /// <summary>
    /// Everything of the word a typo lookup reads (<see cref="TypoCorrections"/>): its folded surface, and its own stems
    /// and names, which are left out. Made once: an analysed word is shared by every query that holds it.
    /// </summary>
    public string TypoKey => _typoKey ??= string.Join(
        '\u0001', FuzzySurface, string.Join('\u0002', French), string.Join('\u0002', English), string.Join('\u0002', Names));
}
