namespace OpinionAct.Media.Site;

/// <summary>A labelled link (a topic, an expert, a social profile, a navigation entry).</summary>
public sealed record LinkView(string Label, string Url);
