namespace OpinionAct.Media.Web.Content.Api;

/// <summary>One revision of an article: who acted (a person's email or an integration's name) and what happened.</summary>
public sealed record ArticleRevision(int Number, DateTime CreatedUtc, string? Actor, string Note);
