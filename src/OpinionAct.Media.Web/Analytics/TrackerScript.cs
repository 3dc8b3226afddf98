using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// The tracker served at <c>/t.js</c> by every hub: under 2 KB, no cookies, no storage, nothing sent
/// under Do Not Track or Global Privacy Control. It posts to the <c>api/events</c> beside itself,
/// so the same file works for host and prefix tenants.
/// </summary>
public static class TrackerScript
{
    private static readonly EmbeddedScript Script = new("OpinionAct.Media.Web.tracker.js");

    public static string Version => Script.Version;

    public static string Text => Script.Text;

    /// <summary>The versioned URL pages link to, beside the hub's home (<paramref name="homeUrl"/> ends with '/').</summary>
    public static string Url(string homeUrl) => homeUrl + "t.js?v=" + Script.Version;

    public static IResult Serve(HttpContext http) => Script.Serve(http);
}
