namespace OpinionAct.Media.Search;

/// <summary>A query word with the stems of the indexed words, and the expert names, one typo away from it (see <see cref="TypoCorrections"/>).</summary>
internal sealed record ResolvedWord(QueryWord Word, string[] FrenchCorrections, string[] EnglishCorrections, string[] NameCorrections)
{
    public string[] Corrections(string language) => language == SearchFields.English ? EnglishCorrections : FrenchCorrections;
}
