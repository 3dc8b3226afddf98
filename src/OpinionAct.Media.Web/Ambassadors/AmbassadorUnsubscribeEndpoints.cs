using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>
/// <c>/ambassadors/unsubscribe</c>: where the monthly email's unsubscribe link lands. A GET only shows a page with a
/// button (mail scanners follow links); the POST stops the email, from that button or as RFC 8058's one-click POST,
/// whose signed token is the credential (no cookie, no antiforgery token). Forged, expired and other hubs' tokens get 400.
/// </summary>
internal static class AmbassadorUnsubscribeEndpoints
{
    public static IEndpointRouteBuilder MapAmbassadorUnsubscribe(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/ambassadors/unsubscribe", ShowAsync);
        endpoints.MapPost("/ambassadors/unsubscribe", UnsubscribeAsync);
        return endpoints;
    }

    private static async Task<IResult> ShowAsync(string? token, AmbassadorLinks links, TenantContext tenant, SubscriptionPages pages, CancellationToken ct)
    {
        var site = await pages.SiteAsync(ct);
        var text = site.Site.Text;
        if (links.ReadUnsubscribe(tenant.Tenant.Name, token) is null)
        {
            return await pages.NoticeAsync(text.AmbassadorUnsubscribeTitle, text.AmbassadorLinkInvalid, ct, StatusCodes.Status400BadRequest);
        }

        var action = site.Urls.Home.TrimEnd('/') + "/ambassadors/unsubscribe?token=" + Uri.EscapeDataString(token!);
        return await pages.NoticeAsync(text.AmbassadorUnsubscribeTitle, text.AmbassadorUnsubscribeText, ct, action: action, token: token, button: text.AmbassadorUnsubscribeButton);
    }

    private static async Task<IResult> UnsubscribeAsync(HttpContext http, string? token, AmbassadorLinks links, TenantContext tenant, AmbassadorService ambassadors, SubscriptionPages pages, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var oneClick = form["List-Unsubscribe"].ToString() == "One-Click";
        token ??= form["token"].ToString();
        var id = links.ReadUnsubscribe(tenant.Tenant.Name, token);
        if (id is null || !await ambassadors.StopReportsAsync(id.Value, oneClick ? "one-click" : "page", ct))
        {
            return oneClick
                ? Results.Text("This unsubscribe link is not valid.", statusCode: StatusCodes.Status400BadRequest)
                : await pages.NoticeAsync((await pages.SiteAsync(ct)).Site.Text.AmbassadorUnsubscribeTitle, (await pages.SiteAsync(ct)).Site.Text.AmbassadorLinkInvalid, ct, StatusCodes.Status400BadRequest);
        }

        if (oneClick)
        {
            return Results.Text("Unsubscribed.");
        }

        var text = (await pages.SiteAsync(ct)).Site.Text;
        return await pages.NoticeAsync(text.AmbassadorUnsubscribeTitle, text.AmbassadorUnsubscribedText, ct);
    }
}
