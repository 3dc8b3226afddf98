using Microsoft.AspNetCore.Antiforgery;

namespace OpinionAct.Media.Web.Html;

/// <summary>
/// The explicit antiforgery rule of every admin surface: a request that can change state carries a
/// valid token, whether or not the endpoint binds a form field (ASP.NET Core's automatic check only
/// runs for endpoints that bind form data, so a bodiless POST would otherwise pass unchecked).
/// </summary>
public static class AntiforgeryRequirement
{
    public static async Task<bool> IsSatisfiedAsync(HttpContext http, IAntiforgery antiforgery) =>
        IsSafe(http.Request.Method) || await antiforgery.IsRequestValidAsync(http);

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
