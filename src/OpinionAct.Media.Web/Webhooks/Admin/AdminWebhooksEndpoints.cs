using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Webhooks.Admin;

/// <summary>Webhooks (Admins only): list and create, one hook's delivery log, enable/disable, delete, and replay of a delivery.</summary>
internal static class AdminWebhooksEndpoints
{
    public static RouteGroupBuilder MapAdminWebhooks(this RouteGroupBuilder admin)
    {
        admin.MapGet("/webhooks", (AdminRequest r, WebhookService hooks, string? done, CancellationToken ct) =>
            ListAsync(r, hooks, new WebhookDraft(string.Empty, []), Done(r, done), null, AdminFields.NoErrors, ct));
        admin.MapPost("/webhooks", CreateAsync);
        admin.MapGet("/webhooks/{id:int}", (int id, AdminRequest r, WebhookService hooks, string? done, CancellationToken ct) => DetailAsync(id, r, hooks, Done(r, done), ct));
        admin.MapPost("/webhooks/{id:int}/enable", (int id, AdminRequest r, WebhookService hooks, CancellationToken ct) => SetActiveAsync(id, true, r, hooks, ct));
        admin.MapPost("/webhooks/{id:int}/disable", (int id, AdminRequest r, WebhookService hooks, CancellationToken ct) => SetActiveAsync(id, false, r, hooks, ct));
        admin.MapPost("/webhooks/{id:int}/delete", async (int id, AdminRequest r, WebhookService hooks, CancellationToken ct) =>
            await hooks.DeleteAsync(id, ct) ? AdminLayout.Redirect(r, "/webhooks?done=deleted") : AdminLayout.NotFound(r));
        admin.MapPost("/webhooks/{id:int}/deliveries/{deliveryId:int}/replay", async (int id, int deliveryId, AdminRequest r, WebhookService hooks, CancellationToken ct) =>
            await hooks.ReplayAsync(id, deliveryId, ct) is null ? AdminLayout.NotFound(r) : AdminLayout.Redirect(r, $"/webhooks/{id}?done=replayed"));
        return admin;
    }

    private static string? Done(AdminRequest r, string? done) => done switch
    {
        "deleted" => r.T("done.deleted"),
        "enabled" => r.T("webhooks.done_enabled"),
        "disabled" => r.T("webhooks.done_disabled"),
        "replayed" => r.T("webhooks.done_replayed"),
        _ => null,
    };

    private static async Task<IResult> ListAsync(AdminRequest r, WebhookService hooks, WebhookDraft input, string? message, CreatedWebhook? created, IReadOnlyDictionary<string, string[]> errors, CancellationToken ct, int status = StatusCodes.Status200OK) =>
        AdminView.Page<WebhooksPage>(new { Hooks = await hooks.ListAsync(ct), Input = input, Message = message, Created = created, Errors = errors }, status);

    private static async Task<IResult> CreateAsync(HttpContext http, AdminRequest r, WebhookService hooks, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var draft = new WebhookDraft(form.Text("Url"), form.Values("Events"));
        try
        {
            var created = await hooks.CreateAsync(draft, ct);

            // Rendered, not redirected: the secret is shown this once and must not travel in a URL.
            return await ListAsync(r, hooks, new WebhookDraft(string.Empty, []), null, created, AdminFields.NoErrors, ct);
        }
        catch (ContentValidationException ex)
        {
            return await ListAsync(r, hooks, draft, null, null, ex.Errors, ct, StatusCodes.Status422UnprocessableEntity);
        }
    }

    private static async Task<IResult> DetailAsync(int id, AdminRequest r, WebhookService hooks, string? message, CancellationToken ct)
    {
        var hook = await hooks.FindAsync(id, ct);
        if (hook is null)
        {
            return AdminLayout.NotFound(r);
        }

        var deliveries = await hooks.DeliveriesAsync(id, ct) ?? [];
        return AdminView.Page<WebhookPage>(new { Hook = hook, Deliveries = deliveries, Message = message });
    }

    private static async Task<IResult> SetActiveAsync(int id, bool active, AdminRequest r, WebhookService hooks, CancellationToken ct) =>
        await hooks.SetActiveAsync(id, active, ct) ? AdminLayout.Redirect(r, $"/webhooks/{id}?done={(active ? "enabled" : "disabled")}") : AdminLayout.NotFound(r);
}
