using System.Text;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Subscriptions.Admin;

/// <summary>Subscribers (Admins: personal data): counts, CSV export and import, the suppressed addresses.</summary>
internal static class AdminSubscribersEndpoints
{
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapAdminSubscribers(this RouteGroupBuilder admin)
    {
        admin.MapGet("/subscribers", (AdminRequest r, SubscriptionService subscriptions, CancellationToken ct) => PageAsync(r, subscriptions, null, null, [], StatusCodes.Status200OK, ct));
        admin.MapGet("/subscribers/export.csv", async (HttpContext http, SubscriberImporter exporter, TenantContext tenant, TimeProvider clock, CancellationToken ct) =>
        {
            http.Response.ContentType = "text/csv; charset=utf-8";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"subscribers-{tenant.Tenant.Name}-{clock.GetUtcNow():yyyyMMdd}.csv\"";
            http.Response.Headers.CacheControl = "no-store";
            await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), leaveOpen: true);
            await exporter.ExportAsync(writer, ct);
            await writer.FlushAsync(ct);
            return Results.Empty;
        });
        admin.MapPost("/subscribers/import", ImportAsync);
        return admin;
    }

    private static async Task<IResult> ImportAsync(HttpContext http, AdminRequest r, SubscriptionService subscriptions, SubscriberImporter importer, ConfirmationOutbox outbox, TenantContext tenant, ILogger<SubscriberImporter> logger, CancellationToken ct)
    {
        var t = r.Text;
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var file = form.Files.GetFile("File");
        if (file is null || file.Length == 0 || file.Length > MaxImportBytes)
        {
            return await PageAsync(r, subscriptions, null, t["subscribers.file"] + ": " + (file is null || file.Length == 0 ? "?" : $"≤ {MaxImportBytes / 1024 / 1024} MB"), [], StatusCodes.Status422UnprocessableEntity, ct);
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var report = await importer.ImportAsync(reader, form["SkipInvalid"].Any(v => v is "true" or "on"), ct);
        if (!report.Written)
        {
            return await PageAsync(r, subscriptions, null, t["subscribers.invalid"], report.Errors, StatusCodes.Status422UnprocessableEntity, ct);
        }

        foreach (var consentId in report.ConsentsToMail)
        {
            outbox.Enqueue(tenant.Tenant.Name, consentId);
        }

        logger.SubscribersImported(tenant.Tenant.Name, report.Imported, report.Skipped + report.Errors.Count);
        return await PageAsync(r, subscriptions, t.Format("subscribers.imported", report.Imported, report.Confirmed, report.Pending, report.Skipped + report.Errors.Count), null, report.Errors, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> PageAsync(AdminRequest r, SubscriptionService subscriptions, string? message, string? error, IReadOnlyList<ImportError> rowErrors, int status, CancellationToken ct) =>
        AdminView.Page<SubscribersPage>(new { Overview = await subscriptions.OverviewAsync(ct), Message = message, Error = error, RowErrors = rowErrors }, status);
}
