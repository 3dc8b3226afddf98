namespace OpinionAct.Media.Content;

/// <summary>One entry of an article's public corrections log.</summary>
public sealed record CorrectionEntry(DateTimeOffset Date, string Text);
