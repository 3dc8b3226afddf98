namespace OpinionAct.Media.Site;

/// <summary>The attribution line of a republished article (<c>UiText.Syndication.cs</c>).</summary>
public sealed partial class ThemeText
{
    public string FirstPublishedBy => _text[nameof(FirstPublishedBy)];

    public string FirstPublishedOn => _text[nameof(FirstPublishedOn)];

    public string SyndicatedAuthors => _text[nameof(SyndicatedAuthors)];
}
