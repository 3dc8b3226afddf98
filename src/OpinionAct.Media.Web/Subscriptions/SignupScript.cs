using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// The one-click signup script served at <c>/signup.js</c> by every hub (a file, so the public pages' CSP of 'self'
/// allows it). The signup forms link to its versioned URL; without it the forms post as plain HTML forms.
/// </summary>
public static class SignupScript
{
    private static readonly EmbeddedScript Script = new("OpinionAct.Media.Web.signup.js");

    public static string Version => Script.Version;

    /// <summary>The versioned URL beside the hub's home (<paramref name="homeUrl"/> ends with '/').</summary>
    public static string Url(string homeUrl) => homeUrl + "signup.js?v=" + Script.Version;

    public static IResult Serve(HttpContext http) => Script.Serve(http);
}
