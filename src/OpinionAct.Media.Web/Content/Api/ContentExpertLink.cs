namespace OpinionAct.Media.Web.Content.Api;

/// <summary>An expert in an article's byline, with the credentials that give the article its authority.</summary>
public sealed record ContentExpertLink(string Slug, string Name, string Url, string? JobTitle, string? Credentials, ContentImage? Photo);
