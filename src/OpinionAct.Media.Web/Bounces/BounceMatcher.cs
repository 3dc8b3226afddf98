using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Deliverability;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// Maps a batch of parsed reports to the tenant's subscribers. A VERP token (in an address the bounce was delivered
/// to, or the enclosed original's Return-Path) decides alone: valid → its subscriber and issue; present but not valid
/// under this tenant's key (forged, altered, another tenant's) → refused, whatever else the report says. Without a
/// token, the addresses the report names (Original-Recipient / Final-Recipient, Original-Rcpt-To, the original's To)
/// are looked up; the issue then comes from the original's Message-ID only when its subscriber is the one found.
/// Reports about nobody on the list are unmatched: nothing is recorded or suppressed.
/// </summary>
internal sealed class BounceMatcher(BounceStore store, string? verpLocalPart, byte[]? verpKey)
{
    public async Task<List<BounceAction>> MatchAsync(IReadOnlyList<(uint Uid, BounceReport Report)> reports, BouncePassSummary counts, Action<uint, BounceNote, string?> note, CancellationToken cancellationToken)
    {
        var byToken = new List<(int SubscriberId, int? IssueId, BounceRecipient Recipient)>();
        var byAddress = new List<(string Email, int? IssueHint, int? SubscriberHint, BounceRecipient Recipient, uint Uid)>();
        foreach (var (uid, report) in reports)
        {
            switch (report.Type)
            {
                case BounceMessageType.NotAReport:
                    counts.Ignored++;
                    continue;
                case BounceMessageType.Malformed:
                    counts.Malformed++;
                    note(uid, BounceNote.Malformed, report.Problem);
                    continue;
            }

            var actionable = report.Recipients.Where(r => r.Kind is not null).ToList();
            if (actionable.Count == 0)
            {
                // Delayed, delivered, relayed, expanded; or feedback that is not a complaint.
                counts.Ignored++;
                continue;
            }

            if (TokenOf(report) is { } token)
            {
                if (verpKey is null || VerpToken.Verify(verpKey, token, out var subscriberId, out var issueId) != VerpCheck.Valid)
                {
                    counts.Refused++;
                    note(uid, BounceNote.Refused, null);
                    continue;
                }

                // A VERP bounce is about one recipient: the worst outcome it reports.
                byToken.Add((subscriberId, issueId, actionable.OrderBy(r => Severity(r.Kind!.Value)).First()));
                continue;
            }

            var matchedAny = false;
            foreach (var recipient in actionable)
            {
                if (EmailAddresses.Normalize(recipient.Address, out _) is { } email)
                {
                    byAddress.Add((email, report.IssueHint, report.SubscriberHint, recipient, uid));
                    matchedAny = true;
                }
            }

            if (!matchedAny)
            {
                counts.Unmatched++;
                note(uid, BounceNote.Unmatched, null);
            }
        }

        var actions = new List<BounceAction>();
        var emails = byToken.Count == 0 ? [] : await store.EmailsAsync(byToken.Select(t => t.SubscriberId).Distinct().ToList(), cancellationToken);
        foreach (var (subscriberId, issueId, recipient) in byToken)
        {
            if (emails.TryGetValue(subscriberId, out var email))
            {
                actions.Add(Action(email, recipient, issueId, counts));
            }
            else
            {
                // A subscriber deleted since (their "delete my data"): nobody to suppress.
                counts.Unmatched++;
            }
        }

        var ids = byAddress.Count == 0 ? [] : await store.IdsAsync(byAddress.Select(a => a.Email).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        foreach (var (email, issueHint, subscriberHint, recipient, uid) in byAddress)
        {
            if (ids.TryGetValue(email, out var id))
            {
                actions.Add(Action(email, recipient, subscriberHint == id ? issueHint : null, counts));
            }
            else
            {
                counts.Unmatched++;
                note(uid, BounceNote.Unmatched, null);
            }
        }

        return actions;
    }

    private string? TokenOf(BounceReport report) => verpLocalPart is null ? null : VerpToken.FindIn(report.ReturnAddresses, verpLocalPart);

    private static BounceAction Action(string email, BounceRecipient recipient, int? issueId, BouncePassSummary counts)
    {
        var kind = recipient.Kind switch
        {
            BounceKind.Hard => DeliveryReportKind.HardBounce,
            BounceKind.Soft => DeliveryReportKind.SoftBounce,
            _ => DeliveryReportKind.Complaint,
        };
        switch (kind)
        {
            case DeliveryReportKind.HardBounce:
                counts.Hard++;
                break;
            case DeliveryReportKind.SoftBounce:
                counts.Soft++;
                break;
            default:
                counts.Complaints++;
                break;
        }

        return new BounceAction(email, kind, recipient.Detail, issueId);
    }

    private static int Severity(BounceKind kind) => kind switch
    {
        BounceKind.Complaint => 0,
        BounceKind.Hard => 1,
        _ => 2,
    };
}
