using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Syndication.Admin;

namespace OpinionAct.Media.Web.Syndication;

/// <summary>
/// Syndication between allied hubs (docs/publishing.md): alliances agreed by both hubs' Admins, articles offered to an
/// ally and republished there with attribution and a canonical link, copies that follow their original's updates,
/// corrections, unpublication and deletion. Alliances and offers live in the host database; each copy is an article
/// of the hub that accepted it, written in that hub's own database.
/// </summary>
internal sealed class SyndicationModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<AllianceStore>();
        services.AddSingleton<SyndicationOfferStore>();
        services.AddScoped<SyndicatedCopyStore>();
        services.AddScoped<SyndicationCopier>();
        services.AddScoped<SyndicationService>();
        services.AddScoped<AllianceService>();

        // In AddServices, not AddWebServices: an original changed from the CLI or a recipe reaches its copies too.
        services.AddSingleton<IContentChangeListener, SyndicationPropagator>();
    }

    public void MapAdmin(AdminRoutes admin) => admin.MapAdminSyndication();
}
