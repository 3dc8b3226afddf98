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
        services.AddSingleton<TenantDatabaseBackup>();
        services.AddSingleton<TenantBackups>();
        services.AddSingleton<TenantRestorer>();
    }

    public void MapConsole(ConsoleRoutes console) => console.MapConsoleExport();

    public IEnumerable<CliCommand> Commands =>
    [
        new(["tenants", "export"], "tenants export --name N [--out FILE] [--include-media]   (a recipe in Orchard Core's format; stdout without --out)", PortabilityCommands.ExportAsync),
        new(["tenants", "backup"], "tenants backup --name N --out FILE   (database, media and manifest, taken while the tenant keeps serving)", PortabilityCommands.BackupAsync),
        new(
            ["tenants", "restore"],
            "tenants restore --name N --from FILE [--as NEW] [--force]   (--as restores beside the original; --force replaces an existing tenant)",
            PortabilityCommands.RestoreAsync),
    ];
}
