using System.Globalization;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// The console's Export link: <c>GET /admin/tenants/{name}/export[?media=true]</c> downloads the tenant as a recipe, the
/// same file as <c>tenants export</c>. A read that changes nothing, so a link; only agency staff reach it.
/// </summary>
internal static class ConsoleExportEndpoint
{
    public static void MapConsoleExport(this ConsoleRoutes console) =>
        console.Staff.MapGet("/tenants/{name}/export", ExportAsync);

    private static IResult ExportAsync(string name, bool? media, HttpContext http, TenantRegistry registry, TimeProvider clock)
    {
        var tenant = AgencyTenantActions.Find(registry, name);
        if (tenant is null || tenant.State == TenantState.Uninitialized)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: $"Unknown tenant '{name}', or still being set up.");
        }

        var fileName = string.Create(CultureInfo.InvariantCulture, $"{tenant.Name}-{clock.GetUtcNow():yyyyMMdd-HHmm}.recipe.json");
        return Results.Stream(
            async body =>
            {
                await using var scope = http.RequestServices.CreateTenantScope(tenant);
                await scope.ServiceProvider.GetRequiredService<RecipeExporter>().WriteAsync(body, new RecipeExportOptions(media == true), http.RequestAborted);
            },
            "application/json; charset=utf-8",
            fileName);
    }
}
