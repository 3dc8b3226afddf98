namespace OpinionAct.Media.Insights;

/// <summary>
/// Headline figures for a period. <see cref="Visitors"/> is the sum of daily unique visitors (a reader
/// who comes on three days counts three times); engaged time and completion are per page view.
/// </summary>
public sealed record Figures(
    long Views,
    long Visitors,
    double AvgEngagedSeconds,
    double CompletionRate,
    double ReturningShare,
    long Signups,
    long Shares,
    long Searches,
    long ZeroResultSearches);
