using System.Globalization;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Data.Webhooks;
using OpinionAct.Media.Webhooks;
using OpinionAct.Media.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// CSV import and export of the current tenant's subscribers. Columns (by header name, any order, extra
/// columns ignored): <c>email</c>, <c>newsletters</c> (slugs separated by ';' or spaces), <c>consent_text</c>,
/// <c>consented_at</c> (ISO 8601). A row with both consent columns is imported as confirmed with that proof;
/// a row with neither is pending and gets a confirmation email; one without the other is an error.
/// Every row is checked first: with any broken row nothing is written unless skip-invalid is asked.
/// Suppressed addresses and newsletters the person unsubscribed from are skipped, never resubscribed.
/// </summary>
public sealed class SubscriberImporter(SubscriberStore store, NewsletterStore newsletterStore, TimeProvider clock, IOptions<SubscriptionOptions> options, WebhookOutbox webhooks)
{
    public const int MaxRows = 100_000;
    public static readonly string[] ExportColumns = ["email", "newsletters", "consent_text", "consented_at", "pending", "unsubscribed", "suppressed_at", "suppression_reason", "created_at"];

    private sealed record Row(int Line, string Email, List<NewsletterRecord> Newsletters, string? ConsentText, DateTime? ConsentedUtc);

    /// <param name="source">Where the consent was given: a CSV import, or an integration adding one person through the Admin API.</param>
    public async Task<ImportReport> ImportAsync(TextReader csv, bool skipInvalid, CancellationToken cancellationToken, ConsentSource source = ConsentSource.Import)
    {
        var newsletters = (await newsletterStore.ListAsync(cancellationToken)).ToDictionary(n => n.Slug, StringComparer.Ordinal);
        var (rows, errors) = Parse(csv, newsletters, clock.GetUtcNow().UtcDateTime);
        if (errors.Count > 0 && !skipInvalid)
        {
            return new ImportReport(rows.Count + errors.Count, 0, 0, 0, errors, [], Written: false);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - options.Value.ConfirmationResendInterval;
        int confirmed = 0, pending = 0, skipped = 0;
        var toMail = new List<SubscriberConsentRecord>();

        // One transaction for the whole file: an import is written whole or not at all.
        await store.InTransactionAsync(async ct =>
        {
            foreach (var chunk in rows.Chunk(500))
            {
                (confirmed, pending, skipped) = await ImportChunkAsync(chunk, now, since, toMail, (confirmed, pending, skipped), source, ct);
            }

            return true;
        }, cancellationToken);
        return new ImportReport(rows.Count + errors.Count, confirmed, pending, skipped, errors, toMail.Select(c => c.Id).ToList(), Written: true);
    }

    /// <summary>Writes one chunk of rows; returns the running counts.</summary>
    private async Task<(int Confirmed, int Pending, int Skipped)> ImportChunkAsync(Row[] chunk, DateTime now, DateTime since, List<SubscriberConsentRecord> toMail, (int Confirmed, int Pending, int Skipped) counts, ConsentSource source, CancellationToken cancellationToken)
    {
        var (confirmed, pending, skipped) = counts;
        var emails = chunk.Select(r => r.Email).ToList();
        var known = await store.FindByEmailsWithSubscriptionsTrackedAsync(emails, cancellationToken);
        var knownIds = known.Values.Select(s => s.Id).ToList();
        var recent = await store.ConfirmationSentSinceAsync(knownIds, since, cancellationToken);
        var consents = new List<(SubscriberRecord Subscriber, SubscriberConsentRecord Consent)>();
        foreach (var row in chunk)
        {
            if (!known.TryGetValue(row.Email, out var subscriber))
            {
                subscriber = new SubscriberRecord { Email = row.Email, CreatedUtc = now };
                store.Add(subscriber);
            }

            // Never resubscribe a suppressed address or a newsletter the person left.
            var wanted = subscriber.SuppressedUtc is not null ? [] : row.Newsletters
                .Where(n => subscriber.Subscriptions.FirstOrDefault(s => s.NewsletterId == n.Id)?.State is null or SubscriptionState.Pending)
                .ToList();
            if (wanted.Count == 0)
            {
                skipped++;
                continue;
            }

            var withConsent = row.ConsentText is not null;
            foreach (var newsletter in wanted)
            {
                var subscription = subscriber.Subscriptions.FirstOrDefault(s => s.NewsletterId == newsletter.Id);
                if (subscription is null)
                {
                    subscription = new SubscriptionRecord { NewsletterId = newsletter.Id, RequestedUtc = row.ConsentedUtc ?? now };
                    subscriber.Subscriptions.Add(subscription);
                }

                subscription.State = withConsent ? SubscriptionState.Confirmed : SubscriptionState.Pending;
                subscription.ConfirmedUtc = withConsent ? row.ConsentedUtc : null;
            }

            var mail = !withConsent && !recent.Contains(subscriber.Id);
            consents.Add((subscriber, new SubscriberConsentRecord
            {
                Newsletters = string.Join(",", wanted.Select(n => n.Slug).Order(StringComparer.Ordinal)),
                ConsentText = row.ConsentText ?? "Imported without proof of consent: a confirmation email asks the person to confirm.",
                Source = source,
                RequestedUtc = row.ConsentedUtc ?? now,
                ConfirmedUtc = row.ConsentedUtc,
                Nonce = mail ? SubscriptionService.NewNonce() : null,
                ConfirmationSentUtc = mail ? now : null,
            }));
            if (withConsent)
            {
                confirmed++;
            }
            else
            {
                pending++;
            }
        }

        await store.SaveChangesAsync(cancellationToken);
        foreach (var (subscriber, consent) in consents)
        {
            consent.SubscriberId = subscriber.Id;
            store.AddConsent(consent);
            if (consent.ConfirmedUtc is not null)
            {
                // Inside the import's transaction: the events commit with the rows or not at all.
                await webhooks.StageAsync(WebhookEvents.SubscriberConfirmed, WebhookData.Subscriber(subscriber.Id, subscriber.Email, consent.Newsletters.Split(',')), cancellationToken);
            }

            if (consent.Nonce is not null)
            {
                toMail.Add(consent);
            }
        }

        await store.SaveChangesAsync(cancellationToken);
        store.ClearTracking();

        return (confirmed, pending, skipped);
    }

    /// <summary>Writes every subscriber as one row; the file imports back with its proof of consent.</summary>
    public async Task<int> ExportAsync(TextWriter csv, CancellationToken cancellationToken)
    {
        var text = new HashSet<int> { 2, 7 };
        await csv.WriteLineAsync(SubscriberCsv.Line(ExportColumns));
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var page = await store.PageAsync(lastId, 1000, cancellationToken);
            if (page.Count == 0)
            {
                return count;
            }

            var ids = page.Select(s => s.Id).ToList();
            var consents = (await store.ConfirmedConsentsAsync(ids, cancellationToken))
                .GroupBy(c => c.SubscriberId).ToDictionary(g => g.Key, g => g.OrderByDescending(c => c.ConfirmedUtc).First());
            foreach (var s in page)
            {
                string Slugs(SubscriptionState state) => string.Join(";", s.Subscriptions.Where(x => x.State == state).Select(x => x.Newsletter?.Slug).Order(StringComparer.Ordinal));
                var confirmedSlugs = Slugs(SubscriptionState.Confirmed);
                var consent = confirmedSlugs.Length > 0 ? consents.GetValueOrDefault(s.Id) : null;
                await csv.WriteLineAsync(SubscriberCsv.Line(
                    [s.Email, confirmedSlugs, consent?.ConsentText, Iso(consent?.ConfirmedUtc), Slugs(SubscriptionState.Pending), Slugs(SubscriptionState.Unsubscribed), Iso(s.SuppressedUtc), s.SuppressionReason, Iso(s.CreatedUtc)],
                    text));
                count++;
            }

            lastId = page[^1].Id;
        }
    }

    private static (List<Row> Rows, List<ImportError> Errors) Parse(TextReader csv, Dictionary<string, NewsletterRecord> newsletters, DateTime now)
    {
        var rows = new List<Row>();
        var errors = new List<ImportError>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        Dictionary<string, int>? columns = null;
        foreach (var (line, fields, error) in SubscriberCsv.Read(csv))
        {
            if (error is not null)
            {
                errors.Add(new ImportError(line, error + "."));
                continue;
            }

            if (columns is null)
            {
                columns = fields!.Select((name, i) => (name: name.Trim().ToLowerInvariant(), i)).GroupBy(c => c.name).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
                if (!columns.ContainsKey("email") || !columns.ContainsKey("newsletters"))
                {
                    errors.Add(new ImportError(line, "the first line must name the columns, at least email and newsletters (optionally consent_text and consented_at)."));
                    return (rows, errors);
                }

                continue;
            }

            if (rows.Count + errors.Count >= MaxRows)
            {
                errors.Add(new ImportError(line, $"a file holds at most {MaxRows} rows; split it."));
                break;
            }

            string? Cell(string name) => columns.TryGetValue(name, out var i) && i < fields!.Length && fields[i].Trim().Length > 0 ? fields[i].Trim() : null;
            var problems = new List<string>();
            var email = EmailAddresses.Normalize(Cell("email"), out var emailError);
            if (email is null)
            {
                problems.Add(emailError!);
            }
            else if (seen.TryGetValue(email, out var first))
            {
                problems.Add($"{email} already appears on line {first}.");
            }

            var slugs = (Cell("newsletters") ?? string.Empty).Split([';', ' ', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
            var unknown = slugs.Where(s => !newsletters.ContainsKey(s)).ToList();
            if (slugs.Count == 0)
            {
                problems.Add("no newsletter named.");
            }
            else if (unknown.Count > 0)
            {
                problems.Add($"unknown newsletter(s): {string.Join(", ", unknown)}.");
            }

            var consentText = Cell("consent_text");
            var consentedAt = Cell("consented_at");
            DateTime? consented = null;
            if ((consentText is null) != (consentedAt is null))
            {
                problems.Add("consent_text and consented_at go together: give both (imported as confirmed) or neither (a confirmation email is sent).");
            }
            else if (consentedAt is not null)
            {
                if (!DateTimeOffset.TryParse(consentedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) || at.UtcDateTime > now.AddMinutes(5))
                {
                    problems.Add($"consented_at '{consentedAt}' is not a past date and time (ISO 8601, e.g. 2025-03-01T09:30:00Z).");
                }
                else
                {
                    consented = at.UtcDateTime;
                }
            }

            if (consentText is { Length: > 2000 })
            {
                problems.Add("consent_text is longer than 2000 characters.");
            }

            if (problems.Count > 0)
            {
                errors.Add(new ImportError(line, string.Join(" ", problems)));
                continue;
            }

            seen[email!] = line;
            rows.Add(new Row(line, email!, slugs.Select(s => newsletters[s]).ToList(), consentText, consented));
        }

        if (columns is null)
        {
            errors.Add(new ImportError(1, "the file is empty; the first line must name the columns (email,newsletters,consent_text,consented_at)."));
        }

        return (rows, errors);
    }

    private static string? Iso(DateTime? utc) => utc?.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
