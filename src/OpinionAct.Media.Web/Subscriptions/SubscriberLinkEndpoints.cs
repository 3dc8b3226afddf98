using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Where emailed links land: <c>/newsletters/confirm</c>, <c>/newsletters/unsubscribe</c> and
/// <c>/newsletters/manage</c>. A GET only shows a page (mail scanners follow links); the change happens on
/// POST. <c>/newsletters/click</c> counts a tracked link and redirects. The one-click unsubscribe POST (RFC 8058) needs no cookie and no antiforgery token: the signed
/// token in its URL is the credential. Forged, expired, reused and other tenants' tokens get 400.
/// </summary>
internal static class SubscriberLinkEndpoints
{
    public static IEndpointRouteBuilder MapSubscriberLinks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/newsletters/confirm", ShowConfirmAsync);
        endpoints.MapPost("/newsletters/confirm", ConfirmAsync);
        endpoints.MapGet("/newsletters/unsubscribe", ShowUnsubscribeAsync);
        endpoints.MapPost("/newsletters/unsubscribe", UnsubscribeAsync);
        endpoints.MapGet("/newsletters/manage", ManageAsync);
        endpoints.MapPost("/newsletters/manage", ChangeAsync);
        endpoints.MapGet("/newsletters/click", ClickAsync);
        return endpoints;
    }

    /// <summary>
    /// A tracked link of an issue (click tracking on): counts one click for (issue, link), never who clicked, and
    /// redirects to the signed target. A forged or altered token redirects nowhere (no open redirect).
    /// </summary>
    private static async Task<IResult> ClickAsync(HttpContext http, string? token, SubscriberLinks links, TenantContext tenant, IssueService issues, SubscriptionPages pages, CancellationToken ct)
    {
        if (links.ReadClick(tenant.Tenant.Name, token) is not { } click)
        {
            return await InvalidAsync(pages, ct);
        }

        await issues.CountClickAsync(click.IssueId, click.Url, ct);

        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        return Results.Redirect(click.Url);
    }

    private static async Task<IResult> ShowConfirmAsync(string? token, SubscriberLinks links, TenantContext tenant, SubscriptionPages pages, CancellationToken ct)
    {
        var text = await pages.TextAsync(ct);
        return links.ReadConfirm(tenant.Tenant.Name, token) is null
            ? await InvalidAsync(pages, ct)
            : await pages.NoticeAsync(text.ConfirmTitle, text.ConfirmText, ct, action: (await pages.SiteAsync(ct)).Urls.Newsletters + "/confirm", token: token, button: text.ConfirmButton);
    }

    private static async Task<IResult> ConfirmAsync(HttpContext http, SubscriberLinks links, TenantContext tenant, SubscriptionService subscriptions, SubscriptionPages pages, ILogger<SubscriptionService> logger, CancellationToken ct)
    {
        var token = await TokenAsync(http, ct);
        if (links.ReadConfirm(tenant.Tenant.Name, token) is not { } claim || await subscriptions.ConfirmAsync(claim.ConsentId, claim.Nonce, ct) is not { } confirmed)
        {
            return await InvalidAsync(pages, ct);
        }

        logger.SubscriptionConfirmed(tenant.Tenant.Name, claim.ConsentId);
        var text = await pages.TextAsync(ct);
        var names = confirmed.Newsletters.Count == 0 ? string.Empty : " " + string.Join(", ", confirmed.Newsletters.Select(n => $"« {n} »")) + ".";
        return await pages.NoticeAsync(text.ConfirmedTitle, text.ConfirmedText + names, ct, link: new LinkView(text.ManageLink, links.ManageUrl(tenant.Tenant.Name, confirmed.SubscriberId)));
    }

    private static async Task<IResult> ShowUnsubscribeAsync(string? token, SubscriberLinks links, TenantContext tenant, NewsletterService newsletters, SubscriptionPages pages, CancellationToken ct)
    {
        if (links.ReadUnsubscribe(tenant.Tenant.Name, token) is not { } target)
        {
            return await InvalidAsync(pages, ct);
        }

        var text = await pages.TextAsync(ct);
        var name = (await newsletters.FindAsync(target.NewsletterId, ct))?.Name;
        var action = (await pages.SiteAsync(ct)).Urls.Newsletters + "/unsubscribe?token=" + Uri.EscapeDataString(token!);
        return await pages.NoticeAsync(text.UnsubscribeTitle, $"{text.UnsubscribeText} « {name ?? "?"} »", ct, action: action, token: token, button: text.UnsubscribeButton);
    }

    /// <summary>RFC 8058: the mail client POSTs <c>List-Unsubscribe=One-Click</c> to the URL of the header, with no cookie.</summary>
    private static async Task<IResult> UnsubscribeAsync(HttpContext http, string? token, SubscriberLinks links, TenantContext tenant, SubscriptionService subscriptions, SubscriptionPages pages, ILogger<SubscriptionService> logger, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var oneClick = form["List-Unsubscribe"].ToString() == "One-Click";
        token ??= form["token"].ToString();
        if (links.ReadUnsubscribe(tenant.Tenant.Name, token) is not { } target)
        {
            return oneClick ? Results.Text("This unsubscribe link is not valid.", statusCode: StatusCodes.Status400BadRequest) : await InvalidAsync(pages, ct);
        }

        await subscriptions.UnsubscribeAsync(target.SubscriberId, target.NewsletterId, ct);
        logger.Unsubscribed(tenant.Tenant.Name, target.SubscriberId, target.NewsletterId, oneClick ? "one-click" : "page");
        if (oneClick)
        {
            return Results.Text("Unsubscribed.");
        }

        var text = await pages.TextAsync(ct);
        return await pages.NoticeAsync(text.UnsubscribedTitle, text.UnsubscribedText, ct, link: new LinkView(text.ManageLink, links.ManageUrl(tenant.Tenant.Name, target.SubscriberId)));
    }

    private static async Task<IResult> ManageAsync(string? token, SubscriberLinks links, TenantContext tenant, SubscriptionService subscriptions, SubscriptionPages pages, CancellationToken ct) =>
        links.ReadManage(tenant.Tenant.Name, token) is { } id && await PreferencesAsync(id, token!, null, subscriptions, pages, ct) is { } page
            ? page
            : await InvalidAsync(pages, ct);

    private static async Task<IResult> ChangeAsync(HttpContext http, SubscriberLinks links, TenantContext tenant, SubscriptionService subscriptions, SubscriptionPages pages, IAntiforgery antiforgery, ILogger<SubscriptionService> logger, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var token = form["token"].ToString();
        if (links.ReadManage(tenant.Tenant.Name, token) is not { } id)
        {
            return await InvalidAsync(pages, ct);
        }

        var text = await pages.TextAsync(ct);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            // An old tab or a forged post: show the page again, nothing changed.
            return await PreferencesAsync(id, token, null, subscriptions, pages, ct) ?? await InvalidAsync(pages, ct);
        }

        string? message;
        switch (form["do"].ToString())
        {
            case "save":
                var chosen = form["newsletters"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToHashSet(StringComparer.Ordinal);
                if (!await subscriptions.SavePreferencesAsync(id, chosen, SubscriptionService.PreferencesConsentText, ct))
                {
                    return await InvalidAsync(pages, ct);
                }

                message = text.PreferencesSaved;
                break;
            case "unsubscribe-all":
                await subscriptions.UnsubscribeAllAsync(id, ct);
                logger.Unsubscribed(tenant.Tenant.Name, id, 0, "all");
                message = text.UnsubscribedAll;
                break;
            case "export":
                var data = await subscriptions.ExportAsync(id, ct);
                return data is null
                    ? await InvalidAsync(pages, ct)
                    : Results.File(JsonSerializer.SerializeToUtf8Bytes(data, SubscriptionService.ExportJson), "application/json", "my-newsletter-data.json");
            case "delete":
                await subscriptions.DeleteSubscriberAsync(id, ct);
                logger.SubscriberErased(tenant.Tenant.Name, id);
                return await pages.NoticeAsync(text.DataDeletedTitle, text.DataDeletedText, ct);
            default:
                message = null;
                break;
        }

        return await PreferencesAsync(id, token, message, subscriptions, pages, ct) ?? await InvalidAsync(pages, ct);
    }

    private static async Task<IResult?> PreferencesAsync(int id, string token, string? message, SubscriptionService subscriptions, SubscriptionPages pages, CancellationToken ct)
    {
        if (await subscriptions.PreferencesAsync(id, ct) is not { } preferences)
        {
            return null;
        }

        var site = await pages.SiteAsync(ct);
        var (name, value) = pages.Antiforgery();
        return await pages.PreferencesAsync(new PreferencesView
        {
            Email = preferences.Email,
            Action = site.Urls.Newsletters + "/manage",
            Token = token,
            Suppressed = preferences.Suppressed,
            Message = message,
            AntiforgeryName = name,
            AntiforgeryValue = value,
            Url = site.Urls.Newsletters + "/manage",
            Newsletters = preferences.Newsletters.Select(n => new NewsletterOptionView(n.Newsletter.Slug, n.Newsletter.Name, n.Newsletter.Description, n.Newsletter.Cadence)
            {
                Checked = n.State is Data.Newsletters.SubscriptionState.Confirmed or Data.Newsletters.SubscriptionState.Pending,
                Pending = n.State is Data.Newsletters.SubscriptionState.Pending,
            }).ToList(),
        }, ct);
    }

    private static async Task<string?> TokenAsync(HttpContext http, CancellationToken ct) =>
        http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct))["token"].ToString() : http.Request.Query["token"].ToString();

    private static async Task<IResult> InvalidAsync(SubscriptionPages pages, CancellationToken ct)
    {
        var site = await pages.SiteAsync(ct);
        var text = site.Site.SubscribeText;

        // The way back in: signing up again sends a fresh link (and, for a known address, confirms nothing twice).
        var link = site.Site.Signup is null ? null : new LinkView(text.SignupTitle, site.Urls.Subscribe);
        return await pages.NoticeAsync(text.LinkInvalidTitle, text.LinkInvalidText, ct, StatusCodes.Status400BadRequest, link: link);
    }
}
