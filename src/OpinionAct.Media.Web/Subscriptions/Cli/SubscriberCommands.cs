using System.Globalization;
using System.Text;
using System.Text.Json;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Tenancy;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.Web.Subscriptions.Cli;

/// <summary><c>newsletters list</c> and <c>subscribers bounce | complaint | unsuppress | import | export</c>.</summary>
internal static class SubscriberCommands
{
    public static async Task<int> ListNewslettersAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var audiences = await scope.ServiceProvider.GetRequiredService<SubscriptionService>().AudiencesAsync(CancellationToken.None);
        var rows = audiences.Select(a => new NewsletterRow(a.Newsletter.Slug, a.Newsletter.Name, a.Newsletter.Cadence, a.Newsletter.SenderAddress, a.Confirmed, a.Pending)).ToList();
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(rows, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"{"SLUG",-24} {"CONFIRMED",9} {"PENDING",7}  NAME");
        foreach (var row in rows)
        {
            await cli.Out.WriteLineAsync($"{row.Slug,-24} {row.Confirmed,9} {row.Pending,7}  {row.Name}");
        }

        return MediaCli.Success;
    }

    public static async Task<int> ReportAsync(CliContext cli, DeliveryReportKind kind)
    {
        var tenant = await cli.TenantAsync();
        var email = cli.Arguments.Required("email");
        if (kind == DeliveryReportKind.HardBounce && cli.Arguments.Flag("soft"))
        {
            kind = DeliveryReportKind.SoftBounce;
        }

        var detail = cli.Arguments.Option("detail");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var suppressed = await scope.ServiceProvider.GetRequiredService<SuppressionService>().RecordAsync(email, kind, detail, null, CancellationToken.None);
        await cli.Out.WriteLineAsync(suppressed
            ? $"Recorded; {EmailAddresses.Normalize(email, out _)} is suppressed and will not be mailed again."
            : $"Recorded; {EmailAddresses.Normalize(email, out _)} is not suppressed (soft bounces suppress after {SuppressionService.SoftBounceLimit}, or the address is not a subscriber).");
        return MediaCli.Success;
    }

    public static async Task<int> UnsuppressAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var email = cli.Arguments.Required("email");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        if (!await scope.ServiceProvider.GetRequiredService<SuppressionService>().UnsuppressAsync(email, CancellationToken.None))
        {
            throw new MediaValidationException($"{email} is not a suppressed subscriber of '{tenant.Name}'.");
        }

        await cli.Out.WriteLineAsync($"{email} is no longer suppressed.");
        return MediaCli.Success;
    }

    public static async Task<int> ImportAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var path = cli.Arguments.Required("file");
        var skipInvalid = cli.Arguments.Flag("skip-invalid");
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        if (!File.Exists(path))
        {
            throw new MediaValidationException($"No file at '{path}'.");
        }

        await cli.Get<TenantRegistry>().RefreshAsync(CancellationToken.None);
        await using var scope = cli.Services.CreateTenantScope(tenant);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var report = await scope.ServiceProvider.GetRequiredService<SubscriberImporter>().ImportAsync(reader, skipInvalid, CancellationToken.None);

        // No worker runs in the CLI: the confirmation emails go out now, one after the other.
        var sent = 0;
        var failed = 0;
        var mailer = scope.ServiceProvider.GetRequiredService<ConfirmationMailer>();
        foreach (var consentId in report.ConsentsToMail)
        {
            try
            {
                sent += await mailer.SendAsync(tenant.Name, consentId, CancellationToken.None) ? 1 : 0;
            }
            catch (MailDeliveryException ex)
            {
                failed++;
                await cli.Error.WriteLineAsync($"confirmation email for consent {consentId} not sent: {ex.Message}");
            }
        }

        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(new { report.Written, report.Rows, report.Confirmed, report.Pending, report.Skipped, report.Errors, ConfirmationsSent = sent, ConfirmationsFailed = failed }, MediaCli.Json));
        }
        else
        {
            foreach (var error in report.Errors)
            {
                await cli.Error.WriteLineAsync($"line {error.Line}: {error.Message}");
            }

            if (report.Written)
            {
                await cli.Out.WriteLineAsync($"{report.Imported} row(s) imported: {report.Confirmed} confirmed with their consent, {report.Pending} pending ({sent} confirmation email(s) sent, {failed} failed), {report.Skipped} skipped (suppressed, unsubscribed or already confirmed), {report.Errors.Count} invalid.");
            }
        }

        return report.Written
            ? MediaCli.Success
            : throw new MediaValidationException($"{report.Errors.Count} invalid row(s); nothing was imported. Fix them, or pass --skip-invalid to import the valid rows.");
    }

    public static async Task<int> ExportAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var path = cli.Arguments.Option("file");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var exporter = scope.ServiceProvider.GetRequiredService<SubscriberImporter>();
        if (path is null)
        {
            await exporter.ExportAsync(cli.Out, CancellationToken.None);
            return MediaCli.Success;
        }

        int count;
        await using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            count = await exporter.ExportAsync(writer, CancellationToken.None);
        }

        await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count} subscriber(s) written to {path}."));
        return MediaCli.Success;
    }

    private sealed record NewsletterRow(string Slug, string Name, string? Cadence, string Sender, int Confirmed, int Pending);
}
