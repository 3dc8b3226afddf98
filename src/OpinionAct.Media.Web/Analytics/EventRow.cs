namespace OpinionAct.Media.Web.Analytics;

/// <summary>One raw event as the group-commit writer inserts it.</summary>
public sealed record EventRow(
    DateOnly Day,
    int Type,
    long VisitorKey,
    long PreviousVisitorKey,
    int ArticleId,
    string Path,
    int Source,
    string? Campaign,
    string? ReferrerHost,
    string? TargetHost,
    int EngagedSeconds,
    int? ScrollDepth,
    string? Query,
    int? Position);
