namespace OpinionAct.Media.Analytics;

/// <summary>One event as the tracker (or anyone) sends it; everything is checked by <see cref="EventValidator"/>.</summary>
public sealed record TrackedEventInput
{
    public string? Type { get; init; }

    public string? Url { get; init; }

    public string? Referrer { get; init; }

    public double? EngagedSeconds { get; init; }

    public double? ScrollDepth { get; init; }

    public string? Query { get; init; }

    public int? Position { get; init; }

    public UtmInput? Utm { get; init; }

    /// <summary>The link's destination for <c>outbound</c>, the network for <c>share</c>; only its host is kept.</summary>
    public string? Target { get; init; }
}
