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
        var (body, refusal) = await ReaderJsonBody.ReadAsync<SubscribeApiRequest>(http, MaxBodyBytes, "{\"email\": \"...\", \"newsletters\": [\"slug\"]}", ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var outcome = await signup.HandleAsync(http, body?.Email, body?.Newsletters, body?.Website, ConsentSource.Api, body?.ConsentText, ct);
        return outcome switch
        {
            { RetryAfter: { } retry } => Throttled(http, retry),
            { Error: { } error } => Results.Problem(title: error, statusCode: StatusCodes.Status400BadRequest),
            _ => Results.Json(new { status = "accepted", detail = AcceptedDetail }, statusCode: StatusCodes.Status202Accepted),
        };
    }

    private static async Task<IResult> FormAsync(HttpContext http, SignupService signup, SubscriptionPages pages, IAntiforgery antiforgery, SignupAttribution attribution, CancellationToken ct)
    {
        if (http.Request.HasJsonContentType())
        {
            return await OneClickAsync(http, signup, pages, attribution, ct);
        }

        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var email = form["email"].ToString().Trim();
        var chosen = form["newsletters"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).Take(SubscriptionService.MaxNewslettersPerSignup + 1).ToList();
        var text = await pages.TextAsync(ct);
        if (await pages.FormAsync(email.Length > 256 ? null : email, chosen, ct) is not { } page)
        {
            return await pages.SubscribeAsync(null, ct);
        }

        // Without script, the page the form was on is the Referer of the first post, then a hidden field of the /subscribe page.
        var signupPage = PageOf(form["page"].ToString(), http.Request.Headers.Referer.ToString());
        page = page with { Page = signupPage };

        if (!await antiforgery.IsRequestValidAsync(http))
        {
            // The forms on output-cached pages (home, articles) carry no antiforgery field: the reader confirms once more here.
            return await pages.SubscribeAsync(new SubscribeView { Form = page, NeedsResubmit = true, Message = text.ResubmitPrompt }, ct);
        }

        var origin = await attribution.ResolveAsync(http.Request, signupPage, null, ct);
        var outcome = await signup.HandleAsync(http, email, chosen, form[page.HoneypotName].ToString(), ConsentSource.Form, page.ConsentText, ct, origin);
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

    /// <summary>
    /// The one-click signup of <c>signup.js</c>: the same form, posted as JSON from a page that may be output-cached and so
    /// carries no antiforgery token. The defence is the content type: a browser sends <c>application/json</c> to another
    /// site only after a CORS preflight, which this hub never grants; an <c>Origin</c> of another site is refused as well.
    /// The answer is JSON with the sentence to show in place, in the site's language.
    /// </summary>
    private static async Task<IResult> OneClickAsync(HttpContext http, SignupService signup, SubscriptionPages pages, SignupAttribution attribution, CancellationToken ct)
    {
        if (!SameOrigin(http.Request))
        {
            return Results.Problem(title: "Sign up from this site's own pages.", statusCode: StatusCodes.Status403Forbidden);
        }

        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return Results.Problem(title: $"The body must be at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        var site = (await pages.SiteAsync(ct)).Site;
        if (site.Signup is not { } form)
        {
            return Results.Problem(title: site.SubscribeText.InvalidSignup, statusCode: StatusCodes.Status404NotFound);
        }

        SignupFormRequest? body;
        try
        {
            body = await http.Request.ReadFromJsonAsync<SignupFormRequest>(ct);
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            return Results.Problem(title: site.SubscribeText.InvalidSignup, statusCode: StatusCodes.Status400BadRequest);
        }

        var text = site.SubscribeText;
        var origin = await attribution.ResolveAsync(http.Request, body?.Page, body?.Referrer, ct);
        var newsletters = body?.Newsletters?.Take(SubscriptionService.MaxNewslettersPerSignup + 1).ToList();
        var outcome = await signup.HandleAsync(http, body?.Email, newsletters, body?.Website, ConsentSource.Form, form.ConsentText, ct, origin);
        if (outcome.RetryAfter is { } retry)
        {
            SetRetryAfter(http, retry);
            return Results.Problem(title: text.TooManyAttempts, statusCode: StatusCodes.Status429TooManyRequests);
        }

        return outcome.Error is { } error
            ? Results.Problem(title: $"{text.InvalidSignup} {ValidationText.Localize(error, site.Language)}", statusCode: StatusCodes.Status400BadRequest)
            : Results.Json(new SignupFormAnswer("accepted", text.SignupDone), statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>No <c>Origin</c> (not a browser's cross-site request), or one naming this request's own scheme and host.</summary>
    private static bool SameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return origin.Length == 0
            || (Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
                && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The page field when the form has one, else the Referer (a URL of this site, checked by <see cref="SignupAttribution"/>).</summary>
    private static string? PageOf(string field, string referer)
    {
        var page = field.Length > 0 ? field : referer;
        return page.Length is > 0 and <= 2000 ? page : null;
    }

    private static IResult Throttled(HttpContext http, TimeSpan retry)
    {
        SetRetryAfter(http, retry);
        return Results.Problem(title: "Too many signup attempts; try again later.", statusCode: StatusCodes.Status429TooManyRequests);
    }

    private static void SetRetryAfter(HttpContext http, TimeSpan retry) =>
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
