using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Site;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Signup: <c>POST /api/subscribe</c> (JSON, for integrators) and the <c>/subscribe</c> page and form (for
/// readers). Both answer the same whatever the address: known, unknown, suppressed or caught by the
/// honeypot; only bad input (400) and throttling (429 with Retry-After) differ.
/// </summary>
internal static class SignupEndpoints
{
    public const int MaxBodyBytes = 16 * 1024;
    public const string AcceptedDetail = "If this address can receive mail, a confirmation link has been sent to it; the subscription starts when it is followed.";

    public static IEndpointRouteBuilder MapSignup(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/subscribe", ApiAsync);
        endpoints.MapGet("/subscribe", async (SubscriptionPages pages, CancellationToken ct) =>
            await pages.SubscribeAsync(await pages.FormAsync(null, [], ct) is { } form ? new SubscribeView { Form = form } : null, ct));
        endpoints.MapPost("/subscribe", FormAsync);
        return endpoints;
    }

    private static async Task<IResult> ApiAsync(HttpContext http, SignupService signup, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            // Browsers cannot send application/json across sites without a CORS preflight, which this API never grants: the CSRF defence.
            return Results.Problem(title: "Send the body as application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem(title: $"The body must be at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        SubscribeApiRequest? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<SubscribeApiRequest>(ct);
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            return Results.Problem(title: "The body is not valid JSON of the form {\"email\": \"...\", \"newsletters\": [\"slug\"]}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var outcome = await signup.HandleAsync(http, body?.Email, body?.Newsletters, body?.Website, ConsentSource.Api, body?.ConsentText, ct);
        return outcome switch
        {
            { RetryAfter: { } retry } => Throttled(http, retry),
            { Error: { } error } => Results.Problem(title: error, statusCode: StatusCodes.Status400BadRequest),
            _ => Results.Json(new { status = "accepted", detail = AcceptedDetail }, statusCode: StatusCodes.Status202Accepted),
        };
    }

    private static async Task<IResult> FormAsync(HttpContext http, SignupService signup, SubscriptionPages pages, IAntiforgery antiforgery, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var email = form["email"].ToString().Trim();
        var chosen = form["newsletters"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(SubscriptionService.MaxNewslettersPerSignup + 1).ToList();
        var text = await pages.TextAsync(ct);
        if (await pages.FormAsync(email.Length > 256 ? null : email, chosen, ct) is not { } page)
        {
            return await pages.SubscribeAsync(null, ct);
        }

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            // The forms on output-cached pages (home, articles) carry no antiforgery field: the reader confirms once more here.
            return await pages.SubscribeAsync(new SubscribeView { Form = page, NeedsResubmit = true, Message = text.ResubmitPrompt }, ct);
        }

        var outcome = await signup.HandleAsync(http, email, chosen, form[page.HoneypotName].ToString(), ConsentSource.Form, page.ConsentText, ct);
        if (outcome.RetryAfter is { } retry)
        {
            SetRetryAfter(http, retry);
            return await pages.SubscribeAsync(new SubscribeView { Form = page, Error = text.TooManyAttempts }, ct, StatusCodes.Status429TooManyRequests);
        }

        if (outcome.Error is { } error)
        {
            // The service's sentence is English for every caller; the reader gets it in the site's language.
            var language = (await pages.SiteAsync(ct)).Site.Language;
            return await pages.SubscribeAsync(new SubscribeView { Form = page, Error = $"{text.InvalidSignup} {ValidationText.Localize(error, language)}" }, ct, StatusCodes.Status400BadRequest);
        }

        var fresh = await pages.FormAsync(null, [], ct);
        return await pages.SubscribeAsync(new SubscribeView { Form = fresh!, Message = text.SignupDone }, ct);
    }

    private static IResult Throttled(HttpContext http, TimeSpan retry)
    {
        SetRetryAfter(http, retry);
        return Results.Problem(title: "Too many signup attempts; try again later.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static void SetRetryAfter(HttpContext http, TimeSpan retry) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
