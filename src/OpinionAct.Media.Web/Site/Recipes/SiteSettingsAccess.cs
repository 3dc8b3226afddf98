using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Site.Recipes;

/// <summary>Cleans the text of the tenant's site settings, for the recipe steps (the row itself is read through <c>Data/Content/SiteSettingsStore</c>).</summary>
internal static class SiteSettingsAccess
{
    /// <summary>
    /// Settings are plain text: control characters are removed and the length is capped. They are
    /// HTML-encoded wherever they are shown, so markup in them is shown as text, never run.
    /// </summary>
    public static string CleanText(string value, int maxLength, string path, RecipeStepContext context)
    {
        var clean = new string(value.Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (clean.Length > maxLength)
        {
            context.Error(path, $"is too long ({clean.Length} characters; at most {maxLength})");
        }

        return clean;
    }
}
