using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// One capability of the product and its single entry point: what it registers and which routes it
/// owns. <c>Program.Modules</c> lists them; the host and the CLI call every module's members in that
/// order, so a capability is added or removed in one line (see docs/architecture.md). Every member
/// has a default that does nothing: a module implements only the surfaces it has.
/// </summary>
internal interface IMediaModule
{
    /// <summary>What both the web host and the CLI need: services, stores, options, recipe steps.</summary>
    void AddServices(IServiceCollection services)
    {
    }

    /// <summary>The web host only: workers, change listeners, authentication schemes, health checks.</summary>
    void AddWebServices(IServiceCollection services)
    {
    }

    /// <summary>The module's CLI verbs, in the order <c>help</c> lists them.</summary>
    IEnumerable<CliCommand> Commands => [];

    /// <summary>Routes of every brand hub (public pages and hub APIs), relative to the hub's base.</summary>
    void MapHub(HubRoutes hub)
    {
    }

    /// <summary>A hub's API routes: the public Content API and the bearer-token Admin API (see <see cref="ApiRoutes"/>).</summary>
    void MapApi(ApiRoutes api)
    {
    }

    /// <summary>Routes of a hub's editor admin, under <c>/admin</c>, in the group of the role they need.</summary>
    void MapAdmin(AdminRoutes admin)
    {
    }

    /// <summary>Routes of the agency console (the host tenant).</summary>
    void MapConsole(ConsoleRoutes console)
    {
    }
}
