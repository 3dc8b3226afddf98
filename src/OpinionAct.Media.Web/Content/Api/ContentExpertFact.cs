namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// One fact a reader weighs an expert by (<c>credentials</c>, <c>affiliation</c>, <c>conflictsOfInterest</c>) and, when
/// the editors verified it, when they did. Who verified it stays in the admin and its audit log.
/// </summary>
public sealed record ContentExpertFact(string Field, DateTimeOffset? VerifiedAt);
