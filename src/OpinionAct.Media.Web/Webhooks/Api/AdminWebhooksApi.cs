using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Web.Apis;

namespace OpinionAct.Media.Web.Webhooks.Api;

/// <summary>
/// <c>/api/v1/admin/webhooks</c> (<c>webhooks:manage</c>): list, create (the secret is in the answer, once), change,
/// delete, the delivery log and replay, through <see cref="WebhookService"/> like the admin's page, so the same
/// forgery rule refuses internal targets. A person acting through an app needs an Admin's role, as the page does.
/// </summary>
internal static class AdminWebhooksApi
{
    public static void Map(ApiRoutes api)
    {
        var hooks = AdminApi.MapGroup(api, "/webhooks", "Webhooks")
            .PersonsMust(actor => actor.CanManageSite, "Only a hub Admin manages webhooks.");
        hooks.MapGet("/", async (WebhookService service, CancellationToken ct) => AdminApi.Ok((await service.ListAsync(ct)).Select(WebhookResource.From).ToList()))
            .RequireScope(ApiScopes.WebhooksManage).WithName("ListWebhooks").WithSummary("Lists the hub's webhooks (never their secrets).")
            .Produces<IReadOnlyList<WebhookResource>>();
        hooks.MapPost("/", async (HttpContext http, WebhookService service, CancellationToken ct) =>
            {
                var input = await ApiJson.ReadAsync<WebhookInput>(http);
                var created = await service.CreateAsync(new WebhookDraft(input.Url ?? string.Empty, input.Events ?? []), ct);
                return AdminApi.Created(http, $"/webhooks/{created.Hook.Id}", new WebhookCreatedResource(WebhookResource.From(created.Hook), created.Secret));
            })
            .RequireScope(ApiScopes.WebhooksManage).WithName("CreateWebhook").WithSummary("Creates a webhook; the answer carries its signing secret, shown this once.")
            .Accepts<WebhookInput>("application/json").Produces<WebhookCreatedResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);
        hooks.MapGet("/{id:int}", async (int id, WebhookService service, CancellationToken ct) =>
                AdminApi.Ok(WebhookResource.From(await service.FindAsync(id, ct) ?? throw new ContentNotFoundException())))
            .RequireScope(ApiScopes.WebhooksManage).WithName("GetWebhook").WithSummary("Reads one webhook.")
            .Produces<WebhookResource>().ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapPut("/{id:int}", async (int id, HttpContext http, WebhookService service, CancellationToken ct) =>
            {
                var input = await ApiJson.ReadAsync<WebhookInput>(http);
                var hook = await service.UpdateAsync(id, new WebhookDraft(input.Url ?? string.Empty, input.Events ?? []), ct) ?? throw new ContentNotFoundException();
                if (input.Active is { } active && active != hook.Active)
                {
                    await service.SetActiveAsync(id, active, ct);
                    hook = await service.FindAsync(id, ct) ?? throw new ContentNotFoundException();
                }

                return AdminApi.Ok(WebhookResource.From(hook));
            })
            .RequireScope(ApiScopes.WebhooksManage).WithName("UpdateWebhook").WithSummary("Replaces a webhook's URL and events; 'active' enables or disables it.")
            .Accepts<WebhookInput>("application/json").Produces<WebhookResource>()
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapDelete("/{id:int}", async (int id, WebhookService service, CancellationToken ct) =>
                await service.DeleteAsync(id, ct) ? Results.NoContent() : throw new ContentNotFoundException())
            .RequireScope(ApiScopes.WebhooksManage).WithName("DeleteWebhook").WithSummary("Deletes a webhook with its delivery log.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapGet("/{id:int}/deliveries", async (int id, WebhookService service, CancellationToken ct) =>
                AdminApi.Ok(await service.DeliveriesAsync(id, ct) ?? throw new ContentNotFoundException()))
            .RequireScope(ApiScopes.WebhooksManage).WithName("ListWebhookDeliveries").WithSummary("The webhook's latest deliveries, newest first.")
            .Produces<IReadOnlyList<WebhookDeliveryView>>().ProducesProblem(StatusCodes.Status404NotFound);
        hooks.MapPost("/{id:int}/deliveries/{deliveryId:int}/replay", async (int id, int deliveryId, HttpContext http, WebhookService service, CancellationToken ct) =>
            {
                var replay = await service.ReplayAsync(id, deliveryId, ct) ?? throw new ContentNotFoundException();
                return AdminApi.Created(http, $"/webhooks/{id}/deliveries", new { replay.Id, ReplayOf = deliveryId });
            })
            .RequireScope(ApiScopes.WebhooksManage).WithName("ReplayWebhookDelivery").WithSummary("Sends a delivery's event again (same idempotency key), as a new delivery.")
            .Produces(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
