using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Subscriptions.Admin;

/// <summary>Subscribers (Admins: personal data): counts, CSV export and import, the suppressed addresses.</summary>
internal static class AdminSubscribersEndpoints
{
    public const long MaxImportBytes = 20 * 1024 * 1024;

    public static RouteGroupBuilder MapAdminSubscribers(this RouteGroupBuilder admin)
    {
        admin.MapGet("/subscribers", (AdminRequest r, TenantDbContext db, CancellationToken ct) => PageAsync(r, db, null, null, [], StatusCodes.Status200OK, ct));
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

    private static async Task<IResult> ImportAsync(HttpContext http, AdminRequest r, TenantDbContext db, SubscriberImporter importer, ConfirmationOutbox outbox, TenantContext tenant, ILogger<SubscriberImporter> logger, CancellationToken ct)
    {
        var t = r.Text;
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : FormCollection.Empty;
        var file = form.Files.GetFile("File");
        if (file is null || file.Length == 0 || file.Length > MaxImportBytes)
        {
            return await PageAsync(r, db, null, t["subscribers.file"] + ": " + (file is null || file.Length == 0 ? "?" : $"≤ {MaxImportBytes / 1024 / 1024} MB"), [], StatusCodes.Status422UnprocessableEntity, ct);
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var report = await importer.ImportAsync(reader, form["SkipInvalid"].Any(v => v is "true" or "on"), ct);
        if (!report.Written)
        {
            return await PageAsync(r, db, null, t["subscribers.invalid"], report.Errors, StatusCodes.Status422UnprocessableEntity, ct);
        }

        foreach (var consentId in report.ConsentsToMail)
        {
            outbox.Enqueue(tenant.Tenant.Name, consentId);
        }

        logger.SubscribersImported(tenant.Tenant.Name, report.Imported, report.Skipped + report.Errors.Count);
        return await PageAsync(r, db, t.Format("subscribers.imported", report.Imported, report.Confirmed, report.Pending, report.Skipped + report.Errors.Count), null, report.Errors, StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> PageAsync(AdminRequest r, TenantDbContext db, string? message, string? error, IReadOnlyList<ImportError> rowErrors, int status, CancellationToken ct)
    {
        var t = r.Text;
        var total = await db.Subscribers.CountAsync(ct);
        var confirmed = await db.Subscribers.CountAsync(s => s.Subscriptions.Any(x => x.State == SubscriptionState.Confirmed), ct);
        var suppressed = await db.Subscribers.AsNoTracking().Where(s => s.SuppressedUtc != null).OrderByDescending(s => s.SuppressedUtc).Take(50).ToListAsync(ct);
        var suppressedCount = await db.Subscribers.CountAsync(s => s.SuppressedUtc != null, ct);
        var errors = rowErrors.Count == 0 ? string.Empty : "<ul class=\"error\">" + string.Concat(rowErrors.Take(200).Select(e => $"<li>{E(string.Create(CultureInfo.InvariantCulture, $"line {e.Line}: {e.Message}"))}</li>")) + "</ul>";
        var rows = string.Concat(suppressed.Select(s => $"<tr><td>{E(s.Email)}</td><td>{E(s.SuppressionReason)}</td><td>{E(r.Date(s.SuppressedUtc))}</td></tr>"));
        var table = suppressed.Count == 0 ? $"<p>{E(t["subscribers.none_suppressed"])}</p>" : $"""
            <table>
            <caption class="visually-hidden">{E(t["subscribers.suppressed"])}</caption>
            <thead><tr><th scope="col">{E(t["col.email"])}</th><th scope="col">{E(t["col.reason"])}</th><th scope="col">{E(t["col.date"])}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """;
        var body = $"""
            <h1>{E(t["nav.subscribers"])}</h1>
            {AdminHtml.Notice(message)}{AdminHtml.Alert(error)}{errors}
            <p>{E(t.Format("subscribers.summary", total, confirmed, suppressedCount))}</p>
            <p><a class="button" href="{E(r.AdminBase)}/subscribers/export.csv">{E(t["subscribers.export"])}</a> <a class="button secondary" href="{E(r.AdminBase)}/mail">{E(t["nav.mail"])}</a></p>
            <h2>{E(t["subscribers.import"])}</h2>
            <p class="hint" id="import-hint">{E(t["subscribers.import_hint"])}</p>
            <form method="post" action="{E(r.AdminBase)}/subscribers/import" enctype="multipart/form-data">
            {r.TokenField()}
            <div class="field"><label for="File">{E(t["subscribers.file"])}</label><input id="File" name="File" type="file" accept=".csv,text/csv" required aria-describedby="import-hint"></div>
            {AdminHtml.Checkbox("SkipInvalid", t["subscribers.skip_invalid"], false)}
            <div class="actions"><button type="submit">{E(t["subscribers.import"])}</button></div>
            </form>
            <h2>{E(t["subscribers.suppressed"])}</h2>
            {table}
            """;
        return AdminLayout.Page(r, t["nav.subscribers"], body, status, "subscribers");
    }
}
