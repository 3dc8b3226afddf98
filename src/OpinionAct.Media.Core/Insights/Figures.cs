namespace OpinionAct.Media.Insights;

/// <summary>
/// Headline figures for a period. <see cref="Visitors"/> is the sum of daily unique visitors (a reader
/// who comes on three days counts three times); engaged time and completion are per page view.
/// <see cref="Signups"/> are the sign-ups the server accepted from the hub's forms (a confirmation email was sent);
/// <see cref="ConfirmedSignups"/> are those of them whose link was followed, counted on the day of the sign-up.
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
    long ZeroResultSearches,
    long ConfirmedSignups);
