namespace OpinionAct.Media.Site;

/// <summary>One entry of an article's public corrections log.</summary>
public sealed record CorrectionView(string DateIso, string DateDisplay, string Text);
