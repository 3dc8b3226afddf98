namespace OpinionAct.Media.Features;

/// <summary>
/// Feature ids a recipe may enable. Ours, plus the Orchard Core features whose job the platform
/// does by design (content, Markdown, taxonomies, Lucene search...). Anything else is recorded
/// as requested and reported as unavailable.
/// </summary>
public static class FeatureCatalog
{
    public static readonly IReadOnlySet<string> Available = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "OpinionAct.Articles", "OpinionAct.Experts", "OpinionAct.Topics", "OpinionAct.Search",
        "OpinionAct.Newsletters", "OpinionAct.Analytics", "OpinionAct.Insights", "OpinionAct.Media",
        "OpinionAct.ContentApi", "OpinionAct.OpenId",
        "OrchardCore.Admin", "OrchardCore.Settings", "OrchardCore.Themes", "OrchardCore.Recipes",
        "OrchardCore.Features", "OrchardCore.Users", "OrchardCore.Roles", "OrchardCore.Contents",
        "OrchardCore.Title", "OrchardCore.Autoroute", "OrchardCore.Markdown", "OrchardCore.Html",
        "OrchardCore.Taxonomies", "OrchardCore.Media", "OrchardCore.Feeds", "OrchardCore.Lucene",
        "OrchardCore.Search", "OrchardCore.Search.Lucene", "OrchardCore.Indexing", "OrchardCore.OpenId",
        "OrchardCore.HomeRoute", "OrchardCore.Resources", "OrchardCore.Security",
    };
}
