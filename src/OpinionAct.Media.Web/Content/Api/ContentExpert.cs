namespace OpinionAct.Media.Web.Content.Api;

/// <summary>An expert of the hub: credentials, biography and profile links.</summary>
public sealed record ContentExpert(
    string Slug, string Name, string Url, string? JobTitle, string? Credentials, string BioHtml, ContentImage? Photo, IReadOnlyList<ContentLink> Links);
