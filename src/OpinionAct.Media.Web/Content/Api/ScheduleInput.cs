namespace OpinionAct.Media.Web.Content.Api;

/// <summary>When to publish a scheduled article (a future time, ISO 8601 with an offset).</summary>
public sealed record ScheduleInput(DateTimeOffset? ScheduleAt);
