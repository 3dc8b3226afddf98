using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Web.Themes.Recipes;

/// <summary>
/// The <c>themes</c> step: <c>site</c> picks the public theme when it is installed here; an
/// Orchard Core theme we do not have is reported and the current theme kept; a base theme is refused.
/// <c>admin</c> is ignored.
/// </summary>
internal sealed class ThemesStep(SiteSettingsStore settingsStore, ThemeCatalog themes) : IRecipeStepHandler
{
    public string StepName => "themes";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        if (step.Data["admin"] is not null)
        {
            context.Warn(step.PathOf("admin"), "the admin theme is built in and cannot be changed; value ignored");
        }

        var site = context.OptionalString(step.Data, "site", step.Path);
        if (string.IsNullOrWhiteSpace(site))
        {
            return;
        }

        var settings = await settingsStore.GetOrCreateAsync(cancellationToken);
        if (themes.Find(site) is { } theme)
        {
            settings.Theme = theme.Name;
        }
        else if (themes.IsBase(site))
        {
            var choosable = string.Join(", ", themes.List().Select(t => t.Name));
            context.Error(step.PathOf("site"), $"'{site}' is a base theme: other themes build on it, but a hub cannot use it (choose one of: {choosable})");
        }
        else
        {
            var installed = string.Join(", ", themes.List().Select(t => t.Name));
            context.Warn(step.PathOf("site"), $"theme '{site}' is not installed (installed: {installed}); keeping '{settings.Theme ?? ThemeCatalog.DefaultTheme}'");
        }
    }
}
