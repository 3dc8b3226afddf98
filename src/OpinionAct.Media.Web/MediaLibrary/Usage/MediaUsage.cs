namespace OpinionAct.Media.Web.MediaLibrary.Usage;

/// <summary>One place that shows a library item: "Article « Pompes à chaleur » (cover)", with its admin path to go and change it.</summary>
/// <param name="Kind">article, page, expert, topic, settings, newsletter issue.</param>
/// <param name="Title">The title of the thing that uses the item.</param>
/// <param name="Field">Where in it: cover, body, photo, logo…</param>
/// <param name="AdminPath">Path under the hub's <c>/admin</c>, such as <c>/articles/12</c>.</param>
public sealed record MediaUsage(string Kind, string Title, string Field, string AdminPath)
{
    public override string ToString() => $"{Kind} \u201c{Title}\u201d ({Field})";
}
