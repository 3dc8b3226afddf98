namespace OpinionAct.Media.Analytics;

/// <summary>
/// An event that passed validation, reduced to what is stored (no full referrer URL, no target path).
/// <see cref="AmbassadorCode"/> is the page URL's <c>amb</c> parameter as read, not yet verified: the endpoint keeps
/// the ambassador only when the code's signature holds and the ambassador is not revoked.
/// </summary>
public sealed record ValidEvent(
    EventType Type,
    string Path,
    TrafficSource Source,
    string? Campaign,
    string? ReferrerHost,
    string? TargetHost,
    int EngagedSeconds,
    int? ScrollDepth,
    string? Query,
    int? Position,
    string? AmbassadorCode = null);
