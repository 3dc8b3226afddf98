using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.MediaLibrary.Rendering;
using OpinionAct.Media.Web.Site;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Questions;

/// <summary>The themed <c>ask</c> page (per reader, noindex): the form again with a fresh antiforgery field, or its outcome.</summary>
public sealed class QuestionPages(ThemeRenderer renderer, IHttpContextAccessor http, IAntiforgery antiforgery, MediaImages media, CurrentSite current)
{
    public async Task<SiteRequest> SiteAsync(CancellationToken ct) =>
        await current.GetAsync(ct);

    public async Task<IResult> AskAsync(AskFormView form, CancellationToken ct, int status = StatusCodes.Status200OK, bool showForm = true)
    {
        var request = await SiteAsync(ct);
        await request.LoadImagesAsync(media, [], [], ct);
        var tokens = antiforgery.GetAndStoreTokens(Http);
        var model = form with { Action = showForm ? request.Urls.Home.TrimEnd('/') + "/questions" : string.Empty, AntiforgeryName = tokens.FormFieldName, AntiforgeryValue = tokens.RequestToken };
        var head = request.Head(request.Site.Text.AskTitle, null, Http.Request.PathBase.Value + Http.Request.Path.Value) with { NoIndex = true };
        var html = await renderer.RenderPageAsync(request.ThemeName, "ask", request.Site, head, model, ct);
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private HttpContext Http => http.HttpContext ?? throw new InvalidOperationException("Question pages render within a request.");
}
