namespace OpinionAct.Media.Analytics;

/// <summary>An event that passed validation, reduced to what is stored (no full referrer URL, no target path).</summary>
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
    int? Position);
