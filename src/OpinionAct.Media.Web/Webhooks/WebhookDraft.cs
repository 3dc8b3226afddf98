namespace OpinionAct.Media.Web.Webhooks;

/// <summary>What an admin (form or API) gives for a hook: the target URL and the events it receives.</summary>
public sealed record WebhookDraft(string Url, IReadOnlyCollection<string> Events);
