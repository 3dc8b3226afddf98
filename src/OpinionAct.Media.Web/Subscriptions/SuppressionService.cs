using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Deliverability;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// Bounces and complaints of the current tenant. A hard bounce or a complaint suppresses the address at
/// once; <see cref="SoftBounceLimit"/> soft bounces suppress it too (the count is not reset when a relay
/// accepts a message: a relay's 250 is not a delivery). Suppressed
/// addresses (<see cref="SubscriberRecord.SuppressedUtc"/> set) are never mailed again: the send queue skips
/// them and signups for them do nothing. Every report is kept in <c>DeliveryReports</c>.
/// </summary>
public sealed class SuppressionService(SubscriberStore store, ComplaintGuard complaints, TimeProvider clock)
{
    public const int SoftBounceLimit = 3;

    /// <summary>Records one report; returns true when the address is suppressed after it.</summary>
    /// <param name="issueId">The issue the report is about, when known (counted in that issue's bounce and complaint rates).</param>
    /// <exception cref="MediaValidationException">The address is not an email address.</exception>
    public async Task<bool> RecordAsync(string email, DeliveryReportKind kind, string? detail, int? issueId, CancellationToken cancellationToken)
    {
        var normalized = EmailAddresses.Normalize(email, out var error) ?? throw new MediaValidationException(error!);
        return (await RecordBatchAsync([(normalized, kind, detail, issueId)], cancellationToken))[0];
    }

    /// <summary>
    /// Records reports with the same rules, in order, with one look-up and one save, and checks the complaint rate once
    /// (the webhook and the bounce mailbox record a batch this way). Addresses must be normalised already. Returns, per
    /// report, whether its address is suppressed after it.
    /// </summary>
    public async Task<IReadOnlyList<bool>> RecordBatchAsync(IReadOnlyList<(string Email, DeliveryReportKind Kind, string? Detail, int? IssueId)> reports, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var subscribers = await store.FindByEmailsTrackedAsync(reports.Select(r => r.Email).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var suppressed = new List<bool>(reports.Count);
        foreach (var (email, kind, detail, issueId) in reports)
        {
            var subscriber = subscribers.GetValueOrDefault(email);
            Apply(subscriber, email, kind, detail, issueId, now);
            suppressed.Add(subscriber?.SuppressedUtc is not null);
        }

        await store.SaveChangesAsync(cancellationToken);
        if (reports.Any(r => r.Kind == DeliveryReportKind.Complaint))
        {
            await complaints.CheckAsync(cancellationToken);
        }

        return suppressed;
    }

    // The rules, for one report: logged; a hard bounce or complaint suppresses; the third soft bounce too.
    private void Apply(SubscriberRecord? subscriber, string normalized, DeliveryReportKind kind, string? detail, int? issueId, DateTime now)
    {
        store.AddReport(new DeliveryReportRecord
        {
            SubscriberId = subscriber?.Id,
            Email = normalized,
            IssueId = issueId,
            Kind = kind,
            Detail = string.IsNullOrWhiteSpace(detail) ? null : TextLimit.Cut(detail.ReplaceLineEndings(" ").Trim(), 500),
            ReceivedUtc = now,
        });

        if (subscriber is not null && subscriber.SuppressedUtc is null)
        {
            if (kind == DeliveryReportKind.SoftBounce)
            {
                subscriber.SoftBounces++;
            }

            if (kind != DeliveryReportKind.SoftBounce || subscriber.SoftBounces >= SoftBounceLimit)
            {
                subscriber.SuppressedUtc = now;
                subscriber.SuppressionReason = kind switch
                {
                    DeliveryReportKind.HardBounce => "hard bounce",
                    DeliveryReportKind.Complaint => "complaint",
                    _ => $"{SoftBounceLimit} soft bounces",
                };
            }
        }
    }

    /// <summary>Lifts a suppression (an operator's decision, e.g. after a mailbox was fixed); logged as a report-free change.</summary>
    public async Task<bool> UnsuppressAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = EmailAddresses.Normalize(email, out var error) ?? throw new MediaValidationException(error!);
        return await store.UnsuppressAsync(normalized, cancellationToken);
    }

    /// <summary>"hard-bounce", "soft-bounce", "complaint" (also "hard", "soft", "bounce" = hard, "spam" = complaint).</summary>
    public static DeliveryReportKind? ParseKind(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "hard-bounce" or "hard_bounce" or "hardbounce" or "hard" or "bounce" => DeliveryReportKind.HardBounce,
        "soft-bounce" or "soft_bounce" or "softbounce" or "soft" => DeliveryReportKind.SoftBounce,
        "complaint" or "spam" => DeliveryReportKind.Complaint,
        _ => null,
    };
}
