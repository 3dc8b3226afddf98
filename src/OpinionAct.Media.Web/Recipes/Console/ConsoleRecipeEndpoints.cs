using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Recipes;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Recipes.Console;

/// <summary>
/// The console's recipe page of a hub: <c>GET /admin/tenants/{name}/recipes</c> shows the history from the tenant's
/// <c>RecipeRuns</c>; <c>POST</c> runs an uploaded recipe file (or one of the catalog) and shows its report above it
/// (422 when it was refused, and then nothing changed).
/// </summary>
internal static class ConsoleRecipeEndpoints
{
    private const int HistoryLength = 50;

    public static void MapConsoleRecipes(this ConsoleRoutes console)
    {
        console.Staff.MapGet("/tenants/{name}/recipes", PageAsync);
        console.Staff.MapPost("/tenants/{name}/recipes", RunAsync).AcceptsRecipeUpload(console.Staff);
    }

    private static async Task<IResult> PageAsync(string name, HttpContext http, TenantRegistry registry, RecipeCatalog catalog, IOptions<MediaOptions> options, CancellationToken cancellationToken) =>
        Find(registry, name) is { } tenant
            ? await RenderAsync(http, tenant, catalog, options, current: null, error: null, cancellationToken)
            : AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown", name));

    private static async Task<IResult> RunAsync(
        string name,
        HttpContext http,
        TenantRegistry registry,
        RecipeCatalog catalog,
        TenantProvisioner provisioner,
        IOptions<MediaOptions> options,
        TimeProvider clock,
        [FromForm] string? recipe,
        CancellationToken cancellationToken)
    {
        if (Find(registry, name) is not { } tenant)
        {
            return AgencyConsoleEndpoints.BackToList(http, error: ConsoleLanguage.Text(http).Format("hub.unknown", name));
        }

        try
        {
            using var upload = await UploadedRecipe.SaveAsync(http.Request, options.Value.Recipes.MaxBytes, cancellationToken);
            var document = upload is not null ? RecipeCatalog.ReadFile(upload.Path, options.Value.Recipes.MaxBytes)
                : !string.IsNullOrWhiteSpace(recipe) ? catalog.Get(recipe)
                : throw new MediaValidationException(ConsoleLanguage.Text(http)["recipes.choose"]);
            var report = await provisioner.RunRecipeAsync(tenant, document, cancellationToken);
            return await RenderAsync(http, tenant, catalog, options, RecipeRunView.From(report, clock.GetUtcNow().UtcDateTime), error: null, cancellationToken);
        }
        catch (MediaValidationException ex)
        {
            return await RenderAsync(http, tenant, catalog, options, current: null, ex.Message, cancellationToken);
        }
    }

    private static async Task<IResult> RenderAsync(HttpContext http, TenantDescriptor tenant, RecipeCatalog catalog, IOptions<MediaOptions> options, RecipeRunView? current, string? error, CancellationToken cancellationToken)
    {
        List<RecipeRunView> runs;
        await using (var scope = http.RequestServices.CreateTenantScope(tenant))
        {
            runs = (await scope.ServiceProvider.GetRequiredService<RecipeStore>().RunsAsync(HistoryLength, cancellationToken)).Select(RecipeRunView.From).ToList();
        }

        var status = error is not null || current is { Succeeded: false } ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status200OK;
        return ConsoleView.Page<TenantRecipesPage>(
            new
            {
                Tenant = tenant,
                Runs = runs,
                Recipes = catalog.Choices(),
                MaxMegabytes = options.Value.Recipes.MaxBytes / 1024 / 1024,
                Current = current,
                Error = error,
            },
            status);
    }

    private static TenantDescriptor? Find(TenantRegistry registry, string name) =>
        AgencyTenantActions.Find(registry, name) is { State: not TenantState.Uninitialized } hub ? hub : null;
}
