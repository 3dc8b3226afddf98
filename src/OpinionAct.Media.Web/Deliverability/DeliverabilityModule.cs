using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Deliverability.Admin;
using OpinionAct.Media.Web.Deliverability.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Deliverability;

/// <summary>
/// Mail that reaches inboxes: each hub's DKIM keys (generated, encrypted at rest, printed as TXT records, rotated with
/// a second selector) and the signing of every message a hub sends from a domain that has a key; the sending domains page
/// under the mail settings, with the DNS assistant (SPF, DKIM, DMARC lookups) and the warning before an issue is sent;
/// list hygiene (bounce and complaint rates per issue, the complaint pause, re-permission campaigns).
/// </summary>
internal sealed class DeliverabilityModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<DkimKeyStore>();
        services.AddScoped<DkimKeyService>();
        services.AddSingleton<TenantDkimSigners>();
        services.AddOptions<ListHygieneOptions>().BindConfiguration(ListHygieneOptions.SectionName);
        services.AddScoped<ListHygieneStore>();
        services.AddScoped<ComplaintGuard>();
        services.AddScoped<RepermissionStore>();
        services.AddScoped<RepermissionService>();
        services.AddSingleton<RepermissionCloser>();
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<RepermissionCloser>());
        services.AddOptions<DeliverabilityOptions>().BindConfiguration(DeliverabilityOptions.SectionName);
        services.AddSingleton<IDnsTxtLookup, DnsClientTxtLookup>();
        services.AddSingleton<DnsAnswerCache>();
        services.AddScoped<DomainSetupService>();
    }

    public void MapAdmin(AdminRoutes admin)
    {
        admin.MapAdminListHygiene();
        admin.Admins.MapAdminSendingDomains();
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["dkim", "create"], "dkim create --tenant N --domain D [--selector S] [--json]   (a 2048-bit key for a sending domain; prints the TXT record to publish)", DkimCommands.CreateAsync),
        new(["dkim", "rotate"], "dkim rotate --tenant N --domain D [--selector S] [--json]   (a new key under a new selector signs; the old one stays listed until removed)", DkimCommands.RotateAsync),
        new(["dkim", "list"], "dkim list --tenant N [--json]   (each key, its TXT record, and whether it signs)", DkimCommands.ListAsync),
        new(["dkim", "remove"], "dkim remove --tenant N --domain D --selector S   (deletes a key, once its record may go)", DkimCommands.RemoveAsync),
    ];
}
