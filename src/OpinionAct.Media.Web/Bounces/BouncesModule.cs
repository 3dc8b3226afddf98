using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Bounces.Admin;
using OpinionAct.Media.Web.Bounces.Cli;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// Bounces from a mailbox: the tenant's return path (plain or VERP, used by the mail transport and the issue sender),
/// the bounce mailbox read over IMAP (DSN and ARF reports fed to the suppression rules), its job, the
/// <c>bounces check</c> verb, and the bounce section of the mail settings page.
/// </summary>
internal sealed class BouncesModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<BounceStore>();
        services.AddSingleton<ReturnPaths>();
        services.AddScoped<BounceSettingsService>();
        services.AddOptions<BounceOptions>().BindConfiguration(BounceOptions.SectionName);
        services.AddSingleton<BounceMailbox>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<BounceMailboxJob>();
        services.AddSingleton<ITenantJob>(sp => sp.GetRequiredService<BounceMailboxJob>());
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["bounces", "check"], "bounces check --tenant N [--json]                    (read the bounce mailbox once: hard, soft, complaints, unmatched...)", BounceCommands.CheckAsync),
    ];

    public void MapAdmin(AdminRoutes admin) => admin.Admins.MapAdminBounceSettings();
}
