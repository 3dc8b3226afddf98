using System.Text;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Audit.Admin;

/// <summary>The audit log (Admins): filters by action, actor and days, pages of 50, and the same selection as CSV.</summary>
internal static class AdminAuditEndpoints
{
    public static RouteGroupBuilder MapAdminAudit(this RouteGroupBuilder admin)
    {
        admin.MapGet("/audit", PageAsync);
        admin.MapGet("/audit/export.csv", ExportAsync);
        return admin;
    }

    private static async Task<IResult> PageAsync(AdminRequest r, AuditLogService log, string? action, string? actor, string? from, string? to, int? page, CancellationToken ct)
    {
        var filter = Filter(r, action, actor, from, to);
        var current = Math.Max(1, page ?? 1);
        var (entries, total) = await log.PageAsync(filter, current, ct);
        return AdminView.Page<AuditPage>(new { Entries = entries, Total = total, Page = current, Action = filter.Action, Actor = filter.Actor, From = from, To = to });
    }

    private static async Task<IResult> ExportAsync(HttpContext http, AdminRequest r, AuditLogService log, AuditTrail audit, TenantContext tenant, TimeProvider clock, string? action, string? actor, string? from, string? to, CancellationToken ct)
    {
        var filter = Filter(r, action, actor, from, to);

        // The export is itself an event of the log, saved before the file is written.
        await audit.RecordAsync(AuditActions.ExportCreated, "audit log", $"action={filter.Action ?? "*"} actor={filter.Actor ?? "*"} from={from} to={to}", cancellationToken: ct);
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"audit-{tenant.Tenant.Name}-{clock.GetUtcNow():yyyyMMdd}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), leaveOpen: true);
        await log.ExportAsync(writer, filter, ct);
        await writer.FlushAsync(ct);
        return Results.Empty;
    }

    /// <summary>An unknown action or an unreadable day selects nothing more narrowly than "any": the page shows what it applied.</summary>
    private static AuditFilter Filter(AdminRequest r, string? action, string? actor, string? from, string? to) => new(
        AuditActions.IsKnown(action) ? action : null,
        string.IsNullOrWhiteSpace(actor) ? null : actor.Trim()[..Math.Min(actor.Trim().Length, 200)],
        r.ParseDay(from)?.UtcDateTime,
        r.ParseDay(to)?.AddDays(1).UtcDateTime);
}
