namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A labelled link (an expert's profiles).</summary>
public sealed record ContentLink(string Label, string Url);
