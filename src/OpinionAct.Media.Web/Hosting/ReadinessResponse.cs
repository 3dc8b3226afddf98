using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Search;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The body of <c>/health/ready</c>: the overall status, this node's name, each check's status and sentence, and the
/// tenants whose search indexes are still being built. Small and stable, for load balancers, scripts and people.
/// Exceptions are never written: they may name hosts or users.
/// </summary>
public static class ReadinessResponse
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var node = NodeNames.Resolve(context.RequestServices.GetRequiredService<IOptions<MediaOptions>>().Value.NodeName);
        context.Response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(context.Response.Body);
        json.WriteStartObject();
        json.WriteString("status", report.Status.ToString());
        json.WriteString("node", node);
        json.WriteStartObject("checks");
        IReadOnlyList<string> catchingUp = [];
        foreach (var (name, entry) in report.Entries)
        {
            json.WriteStartObject(name);
            json.WriteString("status", entry.Status.ToString());
            if (entry.Description is { } description)
            {
                json.WriteString("description", description);
            }

            if (entry.Data.TryGetValue(SearchCatchUpHealthCheck.TenantsKey, out var value) && value is IReadOnlyList<string> tenants)
            {
                catchingUp = tenants;
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartArray("catchingUp");
        foreach (var tenant in catchingUp)
        {
            json.WriteStringValue(tenant);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(context.RequestAborted);
    }
}
