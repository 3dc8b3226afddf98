namespace OpinionAct.Media.Site;

/// <summary>One entry of an article's public corrections log.</summary>
public sealed record CorrectionView(string DateIso, string DateDisplay, string Text)
{
    /// <summary>When the readers who received the article by newsletter were told of it (a correction notice); null if never.</summary>
    public string? NotifiedIso { get; init; }

    public string? NotifiedDisplay { get; init; }
}
