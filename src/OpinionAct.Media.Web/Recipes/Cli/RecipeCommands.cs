using System.Text.Json;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Recipes.Cli;

/// <summary><c>recipes list | run</c>.</summary>
internal static class RecipeCommands
{
    public static async Task<int> ListAsync(CliContext cli)
    {
        cli.Arguments.RejectUnknownOptions();
        var catalog = cli.Get<RecipeCatalog>();
        await cli.Out.WriteLineAsync($"{"NAME",-20} {"SETUP",-6} DESCRIPTION");
        foreach (var entry in catalog.List())
        {
            var line = entry.Recipe is { } r
                ? $"{r.Name,-20} {(r.IsSetupRecipe ? "yes" : "no"),-6} {r.DisplayName}: {r.Description}"
                : $"{Path.GetFileName(entry.File),-20} {"-",-6} INVALID: {entry.Error}";
            await cli.Out.WriteLineAsync(line);
        }

        return MediaCli.Success;
    }

    public static async Task<int> RunAsync(CliContext cli)
    {
        var args = cli.Arguments;
        var tenantName = args.Required("tenant");
        var recipeName = args.Option("recipe");
        var recipeFile = args.Option("recipe-file");
        var json = args.Flag("json");
        args.RejectUnknownOptions();
        if ((recipeName is null) == (recipeFile is null))
        {
            throw new CliUsageException("Give exactly one of --recipe or --recipe-file.");
        }

        var tenant = await cli.Get<ITenantStore>().FindAsync(tenantName, CancellationToken.None) ?? throw TenantStore.UnknownTenant(tenantName);
        if (tenant.State == TenantState.Uninitialized)
        {
            throw new MediaValidationException($"Tenant '{tenantName}' is still being set up.");
        }

        var recipe = recipeFile is not null ? RecipeCatalog.ReadFile(recipeFile, cli.Get<Microsoft.Extensions.Options.IOptions<OpinionAct.Media.Hosting.MediaOptions>>().Value.Recipes.MaxBytes) : cli.Get<RecipeCatalog>().Get(recipeName!);
        var report = await cli.Get<TenantProvisioner>().RunRecipeAsync(tenant, recipe, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(report, MediaCli.Json));
        }
        else
        {
            await PrintReportAsync(cli, report);
        }

        if (!report.Succeeded)
        {
            await cli.Error.WriteLineAsync($"error: {report.Summary}");
            return MediaCli.Failure;
        }

        return MediaCli.Success;
    }

    public static async Task PrintReportAsync(CliContext cli, RecipeReport report)
    {
        await cli.Out.WriteLineAsync(report.Summary);
        foreach (var applied in report.Applied)
        {
            await cli.Out.WriteLineAsync($"  applied  {applied}");
        }

        foreach (var skipped in report.Skipped)
        {
            await cli.Out.WriteLineAsync($"  skipped  {skipped}");
        }

        foreach (var warning in report.Warnings)
        {
            await cli.Out.WriteLineAsync($"  warning  {warning}");
        }

        foreach (var error in report.Errors)
        {
            await cli.Out.WriteLineAsync($"  error    {error}");
        }
    }
}
