using OpinionAct.Media.Data.Webhooks;

namespace OpinionAct.Media.Web.Webhooks.Api;

/// <summary>A webhook as the Admin API shows it: never its secret, which only the creation answer carries.</summary>
public sealed record WebhookResource(int Id, string Url, IReadOnlyList<string> Events, bool Active, string? DisabledReason, DateTime CreatedUtc, int? LastStatus, DateTime? LastAttemptUtc)
{
    public static WebhookResource From(WebhookRecord hook) =>
        new(hook.Id, hook.Url, hook.EventList, hook.Active, hook.DisabledReason, hook.CreatedUtc, hook.LastStatus, hook.LastAttemptUtc);
}
