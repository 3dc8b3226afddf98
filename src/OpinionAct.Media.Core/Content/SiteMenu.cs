using OpinionAct.Media.Site;

namespace OpinionAct.Media.Content;

/// <summary>
/// The hub's main menu: links an editor (or an Orchard Core <c>Menu</c> item) puts in order. A link is a site path,
/// written <c>/a-propos</c> (Orchard's <c>~/a-propos</c> reads the same) and resolved under the hub's address, or an
/// absolute http(s) URL. No link at all: the themes list the top-level topics instead.
/// </summary>
public static class SiteMenu
{
    public const int MaxLinks = 20;

    public const int MaxLabelLength = 100;

    /// <summary>Trimmed, Orchard's <c>~/</c> read as the site's root, rows with neither label nor URL dropped.</summary>
    public static List<LinkView> Normalize(IEnumerable<LinkView> links) =>
        links.Select(l => new LinkView(l.Label.Trim(), SitePath(l.Url.Trim())))
            .Where(l => l.Label.Length > 0 || l.Url.Length > 0)
            .ToList();

    /// <summary>Each problem under <c>Menu[i].Label</c> or <c>Menu[i].Url</c>.</summary>
    public static void Check(IReadOnlyList<LinkView> links, FieldErrors errors)
    {
        if (links.Count > MaxLinks)
        {
            errors.Add("Menu", $"at most {MaxLinks} links.");
        }

        for (var i = 0; i < links.Count; i++)
        {
            errors.Text(links[i].Label, $"Menu[{i}].Label", MaxLabelLength, required: true);
            if (links[i].Url.Length == 0)
            {
                errors.Add($"Menu[{i}].Url", "is required.");
            }
            else
            {
                errors.Url(links[i].Url, $"Menu[{i}].Url", absoluteOnly: false);
            }
        }
    }

    /// <summary>
    /// The links as readers follow them: site paths under <paramref name="home"/> (the hub's base, ending in '/'). A link
    /// to the home page itself is left out: every theme's menu starts with Home.
    /// </summary>
    public static List<LinkView> Resolve(IEnumerable<LinkView> links, string home) =>
        links.Where(l => l.Url != "/")
            .Select(l => l.Url.StartsWith('/') ? l with { Url = home + l.Url[1..] } : l)
            .ToList();

    private static string SitePath(string url) => url switch
    {
        "~" => "/",
        _ when url.StartsWith("~/", StringComparison.Ordinal) => url[1..],
        _ => url,
    };
}
