namespace OpinionAct.Media.Web.Webhooks.Api;

/// <summary>The answer to a creation: the hook and its signing secret, shown this once.</summary>
public sealed record WebhookCreatedResource(WebhookResource Webhook, string Secret);
