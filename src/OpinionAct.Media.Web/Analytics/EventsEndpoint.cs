using System.Text.Json;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Analytics;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Ambassadors;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Analytics;

/// <summary>
/// <c>POST /api/events</c>: one event or an array of up to 100. Answers 202 once the events are
/// committed (group commit), 204 for known robots (nothing stored), 400 with every problem listed,
/// 413 over the body limit, 429 over the address's or the visitor's rate, 503 when the commit failed.
/// A singleton that is handed the request's tenant: built per request, it cost a scoped resolution of
/// eight dependencies on every event (issue 15's profile).
/// </summary>
public sealed class EventsEndpoint(
    TenantRegistry registry,
    TrustedProxies proxies,
    VisitorKeys visitorKeys,
    ArticlePaths articles,
    AnalyticsEventWriter writer,
    AnalyticsRateLimiter limiter,
    AmbassadorDirectory ambassadors,
    IOptions<AnalyticsOptions> options)
{
    public async Task<IResult> HandleAsync(TenantDescriptor tenant, HttpContext http, CancellationToken ct)
    {
        var body = await BoundedBody.ReadAsync(http.Request, options.Value.MaxBodyBytes, ct);
        if (body is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
                detail: $"Send at most {options.Value.MaxBodyBytes} bytes per request.");
        }

        var userAgent = http.Request.Headers.UserAgent.ToString();
        if (BotDetector.IsBot(userAgent))
        {
            return Results.NoContent();
        }

        List<TrackedEventInput?> inputs;
        try
        {
            inputs = Parse(body);
        }
        catch (JsonException ex)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The request body is not valid JSON.",
                detail: "Send one event object or an array of event objects. " + (ex.Path is { Length: > 0 } path ? $"Problem at {path}." : string.Empty));
        }

        var errors = new Dictionary<string, string[]>();
        var request = http.Request;
        var valid = EventValidator.Validate(inputs, url => PathOnHub(tenant, request, url), errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "Some events are not valid; none were recorded.");
        }

        // The address first: it needs no key, and a client rotating its user agent (a new key each time) stops here.
        var address = proxies.ClientAddress(http);
        if (address != TrustedProxies.Unknown && await limiter.AcquireForAddressAsync(tenant.Name, address, valid.Count) is { } addressWait)
        {
            return TooMany(http, addressWait, $"At most {options.Value.AddressLimit} events per minute are accepted from one network address.");
        }

        var key = await visitorKeys.ComputeAsync(tenant.Name, address, userAgent);
        if (await limiter.AcquireAsync(tenant.Name, key.Key, valid.Count) is { } visitorWait)
        {
            return TooMany(http, visitorWait, $"At most {options.Value.EventsPerMinutePerVisitor} events per minute are accepted from one reader.");
        }

        var rows = new List<AnalyticsEventRecord>(valid.Count);
        foreach (var e in valid)
        {
            // A share link's code counts only when its signature holds and the link is not revoked; otherwise the event is
            // kept without it, never refused (the reader did not write the URL).
            var ambassador = e.AmbassadorCode is null ? 0 : await ambassadors.ResolveAsync(tenant, e.AmbassadorCode, ct);
            rows.Add(AnalyticsEventRecord.From(e, key.Day, key.Key, key.PreviousKey, await articles.ArticleIdAsync(tenant, e.Path), ambassador));
        }

        try
        {
            await writer.WriteAsync(tenant.Name, rows, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "The events could not be recorded; try again.");
        }

        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    /// <summary>
    /// The site-relative path of a URL when it belongs to this hub, else null: it must be on the host
    /// the events were posted to (the tracker posts to its own origin) and route to this tenant, so a
    /// prefix tenant that answers on any host still cannot be fed another site's pages.
    /// </summary>
    internal string? PathOnHub(TenantDescriptor tenant, HttpRequest request, Uri url)
    {
        if (!string.Equals(url.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var path = url.AbsolutePath;
        string? prefix;
        if (FirstSegment(path).Equals(tenant.Prefix ?? FirstSegment(request.Path.Value), StringComparison.OrdinalIgnoreCase))
        {
            // The matcher decides on the host and the first path segment only, and the request itself was matched to this
            // tenant on the same two (a prefix tenant is only ever matched on its prefix, since moved to PathBase): asking
            // again would give the same answer, this tenant with its own prefix.
            prefix = tenant.Prefix;
        }
        else if (registry.Matcher.Match(url.Authority, path) is { } match && match.Tenant.Name == tenant.Name)
        {
            prefix = match.Prefix;
        }
        else
        {
            return null;
        }

        if (prefix is not null && path.StartsWith('/') && path.AsSpan(1).StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            path = path[(prefix.Length + 1)..];
        }

        return Uri.UnescapeDataString(path.Trim('/'));
    }

    private static ReadOnlySpan<char> FirstSegment(ReadOnlySpan<char> path)
    {
        path = path.TrimStart('/');
        var end = path.IndexOf('/');
        return end < 0 ? path : path[..end];
    }

    private static List<TrackedEventInput?> Parse(byte[] body)
    {
        var span = body.AsSpan().TrimStart(" \t\r\n"u8);
        if (span.Length > 0 && span[0] == (byte)'[')
        {
            return JsonSerializer.Deserialize(span, EventJson.Default.ListTrackedEventInput) ?? [];
        }

        return [JsonSerializer.Deserialize(span, EventJson.Default.TrackedEventInput) ?? throw new JsonException("null")];
    }

    private static IResult TooMany(HttpContext http, TimeSpan wait, string detail)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Too many events.", detail: detail);
    }
}
