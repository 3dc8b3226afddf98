namespace OpinionAct.Media.Data.Newsletters;

/// <summary>Clicks counted on one link of an issue (click tracking on).</summary>
public sealed record IssueLinkClicks(string Url, int Clicks);
