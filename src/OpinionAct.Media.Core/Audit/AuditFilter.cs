namespace OpinionAct.Media.Audit;

/// <summary>
/// What the audit page and its export select: one action of <see cref="AuditActions"/> (or all), an actor
/// (part of the name), and a time range [<see cref="FromUtc"/>, <see cref="ToUtc"/>).
/// </summary>
public sealed record AuditFilter(string? Action = null, string? Actor = null, DateTime? FromUtc = null, DateTime? ToUtc = null);
