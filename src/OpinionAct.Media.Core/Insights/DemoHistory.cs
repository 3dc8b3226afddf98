namespace OpinionAct.Media.Insights;

/// <summary>
/// The generated history a demo hub ships with (its first and last day, both before the hub was created), so the
/// dashboard can say the figures of those days are made up; null once an Admin removed it, and on every other hub.
/// </summary>
public sealed record DemoHistory(DateOnly From, DateOnly To);
