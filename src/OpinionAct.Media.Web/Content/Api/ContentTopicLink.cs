namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A topic an article belongs to.</summary>
public sealed record ContentTopicLink(string Slug, string Name, string Url);
