using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Subscriptions;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Questions;

/// <summary>
/// Asking: <c>POST /api/questions</c> (JSON only, like <c>/api/subscribe</c>: a browser cannot send JSON across sites
/// without a preflight this hub never grants), the <c>/questions</c> form (antiforgery; a form from an output-cached
/// page has no token, so the reader confirms once more on the <c>ask</c> page) and the address confirmation link.
/// </summary>
internal static class QuestionEndpoints
{
    public const int MaxBodyBytes = 16 * 1024;
    public const string ApiConsentText = "Question sent through the API with an address to be told of the answer.";

    public static IEndpointRouteBuilder MapQuestions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/questions", ApiAsync);
        endpoints.MapPost("/questions", FormAsync);
        // GET shows a button, POST confirms: mail scanners that open links never confirm an address by themselves.
        endpoints.MapGet("/questions/confirm", ShowConfirmAsync);
        endpoints.MapPost("/questions/confirm", ConfirmAsync);
        return endpoints;
    }

    private static async Task<IResult> ApiAsync(HttpContext http, QuestionService questions, CancellationToken ct)
    {
        var (body, refusal) = await ReaderJsonBody.ReadAsync<QuestionInput>(http, MaxBodyBytes, "{\"question\": \"...\", \"email\": \"...\", \"topic\": \"slug\"}", ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = await questions.AskAsync(http, body ?? new QuestionInput(null, null, null, null, null, null, null), ApiConsentText, ct);
        return outcome switch
        {
            { RetryAfter: { } retry } => Throttled(http, retry, "Too many questions; try again later."),
            { Error: { } error } => Results.Problem(title: error, statusCode: StatusCodes.Status400BadRequest),
            _ => Results.Json(new { status = "accepted" }, statusCode: StatusCodes.Status202Accepted),
        };
    }

    private static async Task<IResult> FormAsync(HttpContext http, QuestionService questions, QuestionPages pages, IAntiforgery antiforgery, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var input = new QuestionInput(form["question"], form["email"], form["topic"], form["expert"], form["article"], Page(form["page"].ToString(), http.Request.Headers.Referer.ToString()), form["website"]);
        var site = (await pages.SiteAsync(ct)).Site;
        var text = site.Text;
        var view = new AskFormView { Action = string.Empty, Question = Cut(input.Question, 1100), Email = Cut(input.Email, 254), Topic = Cut(input.Topic, 200), Expert = Cut(input.Expert, 200), Article = Cut(input.Article, 500), Page = input.Page };
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return await pages.AskAsync(view with { Message = text.AskResubmit }, ct);
        }

        var outcome = await questions.AskAsync(http, input, text.AskConsent, ct);
        if (outcome.RetryAfter is { } retry)
        {
            http.Response.Headers.RetryAfter = Seconds(retry);
            return await pages.AskAsync(view with { Error = text.AskTooMany }, ct, StatusCodes.Status429TooManyRequests);
        }

        if (outcome.Error is { } error)
        {
            return await pages.AskAsync(view with { Error = $"{text.AskInvalid} {ValidationText.Localize(error, site.Language)}" }, ct, StatusCodes.Status400BadRequest);
        }

        return await pages.AskAsync(new AskFormView { Action = string.Empty, Topic = view.Topic, Expert = view.Expert, Article = view.Article, Page = view.Page, Message = text.AskDone }, ct);
    }

    private static async Task<IResult> ShowConfirmAsync(string? token, QuestionLinks links, SubscriptionPages notices, QuestionPages pages, TenantContext tenant, CancellationToken ct)
    {
        var request = await pages.SiteAsync(ct);
        var site = request.Site;
        return links.ReadConfirm(tenant.Tenant.Name, token) is null
            ? await pages.AskAsync(new AskFormView { Action = string.Empty, Error = site.SubscribeText.LinkInvalidText }, ct, StatusCodes.Status404NotFound, showForm: false)
            : await notices.NoticeAsync(site.Text.AskTitle, site.Text.QuestionConfirmIntro, ct, action: request.Urls.Home.TrimEnd('/') + "/questions/confirm", token: token, button: EmailText.For(site.Language).ConfirmButton);
    }

    private static async Task<IResult> ConfirmAsync(HttpContext http, QuestionLinks links, QuestionService questions, QuestionPages pages, TenantContext tenant, CancellationToken ct)
    {
        var site = (await pages.SiteAsync(ct)).Site;
        var token = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct))["token"].ToString() : null;
        var read = links.ReadConfirm(tenant.Tenant.Name, token);
        var confirmed = read is { } r && await questions.ConfirmAsync(r.QuestionId, r.Nonce, ct);
        return confirmed
            ? await pages.AskAsync(new AskFormView { Action = string.Empty, Message = site.Text.QuestionConfirmed }, ct, showForm: false)
            : await pages.AskAsync(new AskFormView { Action = string.Empty, Error = site.SubscribeText.LinkInvalidText }, ct, StatusCodes.Status404NotFound, showForm: false);
    }

    private static string? Page(string field, string referer)
    {
        var page = field.Length > 0 ? field : referer;
        return page.Length is > 0 and <= 2000 ? page : null;
    }

    private static string? Cut(string? value, int max) => value is null ? null : TextLimit.Cut(value, max);

    private static string Seconds(TimeSpan retry) => Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    private static IResult Throttled(HttpContext http, TimeSpan retry, string title)
    {
        http.Response.Headers.RetryAfter = Seconds(retry);
        return Results.Problem(title: title, statusCode: StatusCodes.Status429TooManyRequests);
    }
}
