namespace OpinionAct.Media.Web.Hosting;

/// <summary>The kinds of response the node sends; each gets one header policy in <see cref="SurfaceHeaders"/>.</summary>
public enum ResponseSurface
{
    /// <summary>A hub's themed pages, feeds, sitemap, robots.txt, subscription pages, and the platform's status pages.</summary>
    PublicSite = 0,

    /// <summary>A hub's editor admin under <c>/admin</c>.</summary>
    EditorAdmin = 1,

    /// <summary>The agency console: everything the host tenant answers.</summary>
    AgencyConsole = 2,

    /// <summary>JSON APIs under <c>/api</c> and the health endpoints.</summary>
    Api = 3,

    /// <summary>Theme assets and the tracker script.</summary>
    StaticAsset = 4,
}
