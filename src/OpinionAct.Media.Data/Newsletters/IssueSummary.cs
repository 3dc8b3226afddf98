namespace OpinionAct.Media.Data.Newsletters;

/// <summary>One line of the issues list the <c>newsletters status</c> verb prints: the issue, its newsletter's name, its schedule.</summary>
public sealed record IssueSummary(int Id, string Subject, string Newsletter, DateTime? ScheduledUtc);
