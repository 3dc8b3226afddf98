using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Webhooks.Api;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Webhooks.Admin;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// Webhooks: each hub's hooks (URL, events, encrypted signing secret), the outbox other modules write events to in
/// their own transaction, the delivery worker (signed POSTs, retries, 410, the forgery guard) and the admin page with
/// its delivery log and replay.
/// </summary>
internal sealed class WebhooksModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName);
        services.AddScoped<WebhookOutbox>();
        services.AddScoped<WebhookStore>();
        services.AddScoped<WebhookService>();
        services.AddSingleton<WebhookSecrets>();
        services.AddSingleton<WebhookSignal>();
        services.AddSingleton<WebhookTargetGuard>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<WebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService<WebhookDeliveryWorker>();
        services.AddSingleton<ITenantJob, WebhookWakeJob>();
    }

    public void MapApi(ApiRoutes api) => AdminWebhooksApi.Map(api);

    public void MapAdmin(AdminRoutes admin) => admin.Admins.MapAdminWebhooks();
}
