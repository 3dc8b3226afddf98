namespace OpinionAct.Media.Web.Content.Api;

/// <summary>One page of a list: the items, where it is, how many there are in all, and links to its neighbours.</summary>
public sealed record ContentList<T>(IReadOnlyList<T> Items, int Page, int Limit, int Total, int Pages, ContentListLinks Links);
