using OpinionAct.Media.Recipes;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Themes.Recipes;

namespace OpinionAct.Media.Web.Themes;

/// <summary>Themes: the catalog, the sandboxed Liquid renderer, versioned assets (stylesheets minified once) and the <c>themes</c> recipe step.</summary>
internal sealed class ThemesModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new ThemeCatalog(MediaServices.Options(sp).ThemesPath!));
        services.AddSingleton<ThemeRenderer>();
        services.AddScoped<IRecipeStepHandler, ThemesStep>();
    }

    public void AddWebServices(IServiceCollection services) => services.AddSingleton<MinifiedStylesheets>();

    public void MapHub(HubRoutes hub) => hub.Public.MapGet("/assets/{theme}/{version}/{**file}", ThemeAssets.Serve);
}
