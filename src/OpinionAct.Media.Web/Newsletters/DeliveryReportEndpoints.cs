using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Features;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Subscriptions;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// For the mail provider and the operator's mailbox, authenticated with the tenant's webhook secret as
/// <c>Authorization: Bearer &lt;secret&gt;</c> (generated in admin → mail settings; none set = every call refused):
/// <list type="bullet">
/// <item><c>POST /api/newsletters/reports</c>: one report or an array of up to 1000
/// <c>{ "email", "type": "hard-bounce" | "soft-bounce" | "complaint", "detail" }</c>; all validated before any is recorded.</item>
/// <item><c>POST /api/newsletters/inbound-unsubscribe</c>: <c>{ "subject": "unsubscribe-&lt;token&gt;" }</c> (or <c>"token"</c>), for
/// the mailbox behind the <c>mailto:</c> form of List-Unsubscribe.</item>
/// </list>
/// </summary>
internal static class DeliveryReportEndpoints
{
    public const int MaxReports = 1000;
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapDeliveryReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/newsletters/reports", ReportsAsync);
        endpoints.MapPost("/api/newsletters/inbound-unsubscribe", InboundUnsubscribeAsync);
        return endpoints;
    }

    private static async Task<IResult> ReportsAsync(HttpContext http, NewsletterSettingsService settings, SuppressionService suppression, TenantContext tenant, ILogger<SuppressionService> logger, CancellationToken ct)
    {
        if (await RefuseAsync(http, settings, tenant, logger, ct) is { } refused)
        {
            return refused;
        }

        var items = (await ReadAsync(http, ct)) switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            _ => null,
        };
        if (items is null || items.Count is 0 or > MaxReports)
        {
            return Results.Problem(title: $"Send a JSON object or an array of 1 to {MaxReports} objects {{\"email\", \"type\", \"detail\"}}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var reports = new List<(string Email, Data.Newsletters.DeliveryReportKind Kind, string? Detail, int? IssueId)>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] as JsonObject;
            var kind = SuppressionService.ParseKind(Str(item, "type"));
            if (OpinionAct.Media.Newsletters.EmailAddresses.Normalize(Str(item, "email"), out _) is not { } email || kind is null)
            {
                return Results.Problem(title: $"Report {i} needs a valid \"email\" and a \"type\" of hard-bounce, soft-bounce or complaint; nothing was recorded.", statusCode: StatusCodes.Status400BadRequest);
            }

            reports.Add((email, kind.Value, Str(item, "detail"), null));
        }

        var after = await suppression.RecordBatchAsync(reports, ct);
        for (var i = 0; i < reports.Count; i++)
        {
            logger.DeliveryReportRecorded(tenant.Tenant.Name, reports[i].Kind, after[i]);
        }

        var suppressed = after.Count(now => now);
        return Results.Json(new { recorded = reports.Count, suppressed });
    }

    private static async Task<IResult> InboundUnsubscribeAsync(HttpContext http, NewsletterSettingsService settings, SubscriberLinks links, SubscriptionService subscriptions, TenantContext tenant, ILogger<SuppressionService> logger, CancellationToken ct)
    {
        if (await RefuseAsync(http, settings, tenant, logger, ct) is { } refused)
        {
            return refused;
        }

        var body = await ReadAsync(http, ct) as JsonObject;
        var token = Str(body, "token");
        if (token is null && Str(body, "subject") is { } subject)
        {
            // Mail clients may prefix the subject ("Re: ", "TR: "); the token is whatever follows the marker.
            var marker = subject.IndexOf("unsubscribe-", StringComparison.OrdinalIgnoreCase);
            token = marker < 0 ? null : subject[(marker + "unsubscribe-".Length)..].Trim();
        }

        if (links.ReadUnsubscribe(tenant.Tenant.Name, token) is not { } target)
        {
            return Results.Problem(title: "The token is not a valid unsubscribe token of this site.", statusCode: StatusCodes.Status400BadRequest);
        }

        await subscriptions.UnsubscribeAsync(target.SubscriberId, target.NewsletterId, ct);
        logger.Unsubscribed(tenant.Tenant.Name, target.SubscriberId, target.NewsletterId, "mailto");
        return Results.Json(new { unsubscribed = true });
    }

    private static async Task<IResult?> RefuseAsync(HttpContext http, NewsletterSettingsService settings, TenantContext tenant, ILogger logger, CancellationToken ct)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var secret = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
        if (await settings.IsWebhookSecretAsync(secret, ct))
        {
            return null;
        }

        logger.WebhookRefused(tenant.Tenant.Name, secret is null ? "no bearer token" : "wrong secret");
        http.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(title: "Send the site's webhook secret as Authorization: Bearer <secret>.", statusCode: StatusCodes.Status401Unauthorized);
    }

    private static async Task<JsonNode?> ReadAsync(HttpContext http, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType() || http.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        try
        {
            return await JsonNode.ParseAsync(http.Request.Body, cancellationToken: ct);
        }
        catch (Exception ex) when (ex is JsonException or BadHttpRequestException)
        {
            return null;
        }
    }

    private static string? Str(JsonObject? item, string name) =>
        item?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
