namespace OpinionAct.Media.Site;

/// <summary>A topic facet: how many matches carry it, and the link that applies (or removes) it.</summary>
public sealed record FacetView(string Label, string Url, int Count, bool Selected);
