namespace OpinionAct.Media.Web.Newsletters.Api;

/// <summary>A newsletter an issue can belong to (its id) and subscribers can join (its slug).</summary>
public sealed record NewsletterSummary(int Id, string Slug, string Name);
