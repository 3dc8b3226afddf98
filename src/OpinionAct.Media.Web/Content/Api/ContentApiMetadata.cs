namespace OpinionAct.Media.Web.Content.Api;

/// <summary>Marks a Content API route: the OpenAPI document gives it the content key's security (optional or required, per hub).</summary>
public sealed record ContentApiMetadata;
