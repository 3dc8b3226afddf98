using System.Globalization;
using MimeKit;

namespace OpinionAct.Media.Deliverability;

/// <summary>
/// Reads one message of a bounce mailbox: a DSN (RFC 3464) gives per-recipient <c>Action</c> and <c>Status</c>
/// (failed + 5.x.x → hard, failed + 4.x.x → soft; delayed, delivered, relayed, expanded → nothing to act on); an
/// ARF report (RFC 5965) with <c>Feedback-Type: abuse</c> or <c>fraud</c> is a complaint. Anything else is not a
/// report. Never throws on content: a report it cannot read is <see cref="BounceMessageType.Malformed"/>.
/// </summary>
public static class BounceParser
{
    /// <summary>Headers of the bounce naming the address it was delivered to (where a VERP return path shows).</summary>
    private static readonly string[] DeliveredToHeaders = ["To", "Delivered-To", "X-Original-To", "Envelope-To"];

    public static BounceReport Parse(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var returnAddresses = new List<string>();
        foreach (var name in DeliveredToHeaders)
        {
            foreach (var header in message.Headers.Where(h => h.Field.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                AddAddresses(returnAddresses, header.Value);
            }
        }

        if (FindReport(message.Body) is not { } report)
        {
            return BounceReport.NotAReport;
        }

        try
        {
            var original = report.OfType<MessagePart>().Select(p => p.Message).FirstOrDefault(m => m is not null);
            if (original is not null)
            {
                foreach (var header in original.Headers.Where(h => h.Id == HeaderId.ReturnPath))
                {
                    AddAddresses(returnAddresses, header.Value);
                }
            }

            var parsed = report.ReportType?.ToLowerInvariant() switch
            {
                "delivery-status" => DeliveryStatus(report, returnAddresses),
                "feedback-report" => Feedback(report, original, returnAddresses),
                _ => BounceReport.NotAReport,
            };
            return parsed.Type is BounceMessageType.DeliveryStatus or BounceMessageType.Feedback ? WithHints(parsed, original) : parsed;
        }
        catch (Exception ex) when (ex is FormatException or ParseException or InvalidOperationException or ArgumentException)
        {
            return BounceReport.Malformed("The report's status part cannot be read: " + ex.Message, returnAddresses);
        }
    }

    private static BounceReport DeliveryStatus(MultipartReport report, List<string> returnAddresses)
    {
        if (report.OfType<MessageDeliveryStatus>().FirstOrDefault() is not { } status)
        {
            return BounceReport.Malformed("The delivery status notification has no message/delivery-status part.", returnAddresses);
        }

        // The first group describes the message; each following group one recipient.
        var recipients = new List<BounceRecipient>();
        foreach (var group in status.StatusGroups.Skip(1))
        {
            var action = group["Action"]?.Trim().ToLowerInvariant();
            if (string.IsNullOrEmpty(action))
            {
                continue;
            }

            var code = group["Status"]?.Trim();
            var address = TypedAddress(group["Original-Recipient"]) ?? TypedAddress(group["Final-Recipient"]);
            var kind = action switch
            {
                "failed" => code is not null && code.StartsWith("4.", StringComparison.Ordinal) ? BounceKind.Soft : BounceKind.Hard,
                _ => (BounceKind?)null,
            };
            var diagnostic = TypedValue(group["Diagnostic-Code"]);
            var detail = string.Join(' ', new[] { code, diagnostic ?? action }.Where(s => !string.IsNullOrEmpty(s)));
            recipients.Add(new BounceRecipient(address, kind, detail));
        }

        return recipients.Count == 0
            ? BounceReport.Malformed("The delivery status notification names no recipient with an Action.", returnAddresses)
            : new BounceReport(BounceMessageType.DeliveryStatus, recipients, returnAddresses);
    }

    private static BounceReport Feedback(MultipartReport report, MimeMessage? original, List<string> returnAddresses)
    {
        if (report.OfType<MessageFeedbackReport>().FirstOrDefault() is not { } feedback)
        {
            return BounceReport.Malformed("The complaint report has no message/feedback-report part.", returnAddresses);
        }

        var type = feedback.Fields["Feedback-Type"]?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(type))
        {
            return BounceReport.Malformed("The complaint report has no Feedback-Type.", returnAddresses);
        }

        var address = Address(feedback.Fields["Original-Rcpt-To"])
            ?? original?.To.Mailboxes.Select(m => m.Address).FirstOrDefault();
        var kind = type is "abuse" or "fraud" ? BounceKind.Complaint : (BounceKind?)null;
        var agent = feedback.Fields["User-Agent"]?.Trim();
        var detail = string.IsNullOrEmpty(agent) ? $"feedback: {type}" : $"feedback: {type} ({agent})";
        return new BounceReport(BounceMessageType.Feedback, [new BounceRecipient(address, kind, detail)], returnAddresses);
    }

    /// <summary>The issue and subscriber named by the original's Message-ID, <c>issue-{issue}.{subscriber}.{key}@…</c>.</summary>
    private static BounceReport WithHints(BounceReport report, MimeMessage? original)
    {
        var id = original?.MessageId;
        if (id is null || !id.StartsWith("issue-", StringComparison.Ordinal))
        {
            return report;
        }

        var parts = id["issue-".Length..].Split('.', 3);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var issue)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var subscriber)
            ? report with { IssueHint = issue, SubscriberHint = subscriber }
            : report;
    }

    // A multipart/report at the top, or inside a multipart/mixed or alternative (some gateways wrap it); never inside
    // an enclosed message, which is the original's, not the report's.
    private static MultipartReport? FindReport(MimeEntity? entity, int depth = 0) => entity switch
    {
        MultipartReport report => report,
        Multipart multipart when depth < 3 => multipart.Select(child => FindReport(child, depth + 1)).FirstOrDefault(r => r is not null),
        _ => null,
    };

    /// <summary>"rfc822; lea@example.org" → "lea@example.org".</summary>
    private static string? TypedAddress(string? value) => Address(TypedValue(value));

    private static string? TypedValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var text = (semicolon >= 0 ? value[(semicolon + 1)..] : value).ReplaceLineEndings(" ").Trim();
        return text.Length == 0 ? null : text;
    }

    private static string? Address(string? value)
    {
        var text = value?.Trim().Trim('<', '>').Trim();
        return string.IsNullOrEmpty(text) || !text.Contains('@', StringComparison.Ordinal) ? null : text;
    }

    private static void AddAddresses(List<string> into, string value)
    {
        if (InternetAddressList.TryParse(value, out var list))
        {
            into.AddRange(list.Mailboxes.Select(m => m.Address).Where(a => !string.IsNullOrEmpty(a)));
        }
        else if (Address(value) is { } single)
        {
            into.Add(single);
        }
    }
}
