using OpinionAct.Media.Data.Site;
using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.MediaLibrary.Rendering;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// The themed pages of subscriptions (<c>subscribe</c>, <c>preferences</c>, <c>newsletter-notice</c>).
/// They are per reader: never output-cached, marked no-store and noindex, and sent with
/// <c>Referrer-Policy: no-referrer</c> so the signed token in the address never leaks to another site.
/// </summary>
public sealed class SubscriptionPages(ThemeRenderer renderer, IHttpContextAccessor http, IAntiforgery antiforgery, MediaImages media, CurrentSite current)
{
    public async Task<SiteRequest> SiteAsync(CancellationToken ct) =>
        await current.GetAsync(ct);

    public async Task<SubscriptionText> TextAsync(CancellationToken ct) => (await SiteAsync(ct)).Site.SubscribeText;

    /// <summary>The signup form with a fresh antiforgery field, pre-filled with what the reader sent.</summary>
    public async Task<SignupFormView?> FormAsync(string? email, IReadOnlyCollection<string> chosen, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        if (site.Site.Signup is not { } form)
        {
            return null;
        }

        var tokens = antiforgery.GetAndStoreTokens(Http);
        return form with
        {
            Email = email,
            AntiforgeryName = tokens.FormFieldName,
            AntiforgeryValue = tokens.RequestToken,
            Newsletters = chosen.Count == 0 ? form.Newsletters : form.Newsletters.Select(n => n with { Checked = chosen.Contains(n.Slug) }).ToList(),
        };
    }

    public async Task<IResult> SubscribeAsync(SubscribeView? model, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        var site = await SiteAsync(ct);
        if (model is null)
        {
            return await NoticeAsync(site.Site.SubscribeText.SignupTitle, site.Site.SubscribeText.LinkInvalidText, ct, StatusCodes.Status404NotFound);
        }

        return await RenderAsync("subscribe", site.Site.SubscribeText.SignupTitle, model with { Url = site.Urls.Subscribe }, status, ct);
    }

    public async Task<IResult> PreferencesAsync(PreferencesView model, CancellationToken ct, int status = StatusCodes.Status200OK) =>
        await RenderAsync("preferences", (await TextAsync(ct)).PreferencesTitle, model, status, ct);

    /// <summary>A heading and a sentence, with an optional one-button form that posts the token.</summary>
    public async Task<IResult> NoticeAsync(string title, string text, CancellationToken ct, int status = StatusCodes.Status200OK, string? action = null, string? token = null, string? button = null, LinkView? link = null)
    {
        var site = await SiteAsync(ct);
        var model = new NewsletterNoticeView
        {
            Title = title,
            Text = text,
            Action = action,
            Token = token,
            Button = button,
            Link = link ?? new LinkView(site.Site.SubscribeText.BackHome, site.Urls.Home),
        };
        return await RenderAsync("newsletter-notice", title, model, status, ct);
    }

    public (string Name, string Value) Antiforgery()
    {
        var tokens = antiforgery.GetAndStoreTokens(Http);
        return (tokens.FormFieldName, tokens.RequestToken ?? string.Empty);
    }

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("Subscription pages render within a request.");

    private async Task<IResult> RenderAsync(string template, string title, object model, int status, CancellationToken ct)
    {
        var site = await SiteAsync(ct);
        await site.LoadImagesAsync(media, [], [], ct);

        // The canonical URL is the page's path without its query: a token never goes into <link rel=canonical> or og:url.
        var head = site.Head(title, null, Http.Request.PathBase.Value + Http.Request.Path.Value) with { NoIndex = true };
        var html = await renderer.RenderPageAsync(site.ThemeName, template, site.Site, head, model, ct);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
