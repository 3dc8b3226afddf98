namespace OpinionAct.Media.Insights;

/// <summary>
/// A topic's or an expert's figures for a period: audience (views, visitors as the sum of daily
/// uniques, engaged time and completion per view, returning share, attributed sign-ups), demand
/// (searches whose top result is one of its articles) and proof (over its published articles:
/// average sources, corrections, share with an expert byline), and the usefulness score.
/// </summary>
public sealed record SubjectInsight(
    int Id,
    string Slug,
    string Name,
    int Articles,
    long Views,
    long Visitors,
    double AvgEngagedSeconds,
    double CompletionRate,
    double ReturningShare,
    long Signups,
    long SearchDemand,
    double AvgSources,
    int Corrections,
    double ExpertBylineShare,
    double? Score,
    long ConfirmedSignups);
