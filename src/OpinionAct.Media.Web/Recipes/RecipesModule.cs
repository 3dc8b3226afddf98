using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Recipes;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Recipes.Cli;
using OpinionAct.Media.Web.Recipes.Steps;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Recipes.Console;

namespace OpinionAct.Media.Web.Recipes;

/// <summary>
/// Recipes: the catalog, the executor in one unit of work, the steps no other capability owns
/// (<c>feature</c>, <c>content</c>) and the <c>recipes</c> verbs. Capabilities add their own steps
/// (settings, themes, roles, users, newsletters) and their content importers in their modules.
/// </summary>
internal sealed class RecipesModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new RecipeCatalog(MediaServices.Options(sp).RecipesPath!));
        services.AddScoped<IRecipeUnitOfWork, TenantRecipeUnitOfWork>();
        services.AddScoped<RecipeStore>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, ContentDefinitionStep>();

        // Capabilities extend this step by registering an IContentItemImporter per content type they own.
        services.AddScoped<IRecipeStepHandler, ContentStep>();
    }

    public void MapConsole(ConsoleRoutes console) => console.MapConsoleRecipes();

    public IEnumerable<CliCommand> Commands =>
    [
        new(["recipes", "list"], "recipes list", RecipeCommands.ListAsync),
        new(["recipes", "run"], "recipes run --tenant N (--recipe R | --recipe-file PATH) [--json]", RecipeCommands.RunAsync),
    ];
}
