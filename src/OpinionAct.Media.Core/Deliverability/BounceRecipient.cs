namespace OpinionAct.Media.Deliverability;

/// <summary>
/// One recipient of a report: its address as the report names it (may be null when only a VERP token names it),
/// what happened (null = nothing to act on: delayed, delivered, relayed, expanded, or a feedback type that is not a
/// complaint), and the diagnostic to keep.
/// </summary>
public sealed record BounceRecipient(string? Address, BounceKind? Kind, string? Detail);
