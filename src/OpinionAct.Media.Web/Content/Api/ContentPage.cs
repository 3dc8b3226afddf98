namespace OpinionAct.Media.Web.Content.Api;

/// <summary>A published static page (about, legal notice...).</summary>
public sealed record ContentPage(string Slug, string Url, string Title, string BodyHtml, DateTimeOffset UpdatedAt);
