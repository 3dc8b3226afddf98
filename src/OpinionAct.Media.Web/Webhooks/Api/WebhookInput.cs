namespace OpinionAct.Media.Web.Webhooks.Api;

/// <summary>The body of a creation or a change: the target URL, the events, and (on change) whether it is active.</summary>
public sealed record WebhookInput(string? Url, IReadOnlyList<string>? Events, bool? Active);
