namespace OpinionAct.Media.Web.Content.Api;

/// <summary>One entry of an article's public corrections log.</summary>
public sealed record ContentCorrection(DateTimeOffset Date, string Text);
