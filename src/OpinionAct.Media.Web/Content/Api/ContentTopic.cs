namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A topic of the hub; <see cref="Parent"/> is the parent topic's slug (topics form a tree).</summary>
public sealed record ContentTopic(string Slug, string Name, string Url, string? Description, string? Parent, ContentImage? Image);
