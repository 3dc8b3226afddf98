using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>One report to record for a known subscriber (its normalised address), with the issue when the bounce names it.</summary>
internal sealed record BounceAction(string Email, DeliveryReportKind Kind, string? Detail, int? IssueId);
