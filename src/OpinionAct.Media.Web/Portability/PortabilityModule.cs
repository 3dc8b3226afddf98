using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Portability.Cli;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// Moving a hub: exported as a recipe in Orchard Core's format (<c>tenants export</c>, the console's Export button),
/// and backed up and restored whole (<c>tenants backup | restore</c>). See docs/portability.md.
/// </summary>
internal sealed class PortabilityModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<TenantExportReader>();
        services.AddScoped<RecipeExporter>();
    }

    public void MapConsole(ConsoleRoutes console) => console.MapConsoleExport();

    public IEnumerable<CliCommand> Commands =>
    [
        new(["tenants", "export"], "tenants export --name N [--out FILE] [--include-media]   (a recipe in Orchard Core's format; stdout without --out)", PortabilityCommands.ExportAsync),
    ];
}
