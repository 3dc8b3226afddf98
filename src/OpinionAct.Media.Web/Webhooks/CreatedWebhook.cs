using OpinionAct.Media.Data.Webhooks;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>A new hook and its secret, in clear this once: it is stored encrypted and never shown again.</summary>
public sealed record CreatedWebhook(WebhookRecord Hook, string Secret);
