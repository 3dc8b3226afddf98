using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Subscriptions;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>The current tenant's newsletters: validated, unique slugs, sender fields safe to put in mail headers.</summary>
public sealed class NewsletterService(NewsletterStore store, SubscriberStore subscribers, ContentUnit unit, TenantContext tenant, TimeProvider clock, IEnumerable<IContentChangeListener> listeners)
{
    public const int MaxNewsletters = 50;

    public async Task<List<NewsletterRecord>> ListAsync(CancellationToken cancellationToken) => await store.ListAsync(cancellationToken);

    public async Task<NewsletterRecord?> FindAsync(int id, CancellationToken cancellationToken) => await store.FindAsync(id, cancellationToken);

    /// <summary>How many subscriptions each newsletter has in each state, for the admin's list.</summary>
    public async Task<IReadOnlyDictionary<(int NewsletterId, SubscriptionState State), int>> SubscriptionCountsAsync(CancellationToken cancellationToken) =>
        (await subscribers.SubscriptionCountsAsync(cancellationToken)).ToDictionary(c => (c.NewsletterId, c.State), c => c.Count);

    /// <summary>Creates the newsletter, or updates the one with <paramref name="id"/>; nothing is written unless every field is valid.</summary>
    /// <exception cref="ContentValidationException">Field errors, keyed by <see cref="NewsletterDraft"/> property names.</exception>
    public async Task<NewsletterRecord> SaveAsync(int? id, NewsletterDraft draft, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var newsletter = await TrackAsync(id, cancellationToken);
        var errors = await ValidateAsync(draft, newsletter.Id, cancellationToken);
        errors.ThrowIfAny();
        Apply(newsletter, draft);
        if (newsletter.Id == 0)
        {
            newsletter.CreatedUtc = clock.GetUtcNow().UtcDateTime;
            store.Add(newsletter);
        }

        await store.SaveChangesAsync(cancellationToken);

        // The signup form on every public page lists the newsletters: evict the cached pages.
        await NotifyAsync(cancellationToken);
        return newsletter;
    }

    /// <summary>
    /// Deletes a newsletter with its subscriptions and draft issues (subscribers stay; they may belong to other
    /// newsletters). Refused once an issue has been sent or is being sent: those issues and their delivery
    /// rows are the record of what was mailed to whom.
    /// </summary>
    /// <exception cref="MediaValidationException">An issue of the newsletter was sent or is being sent.</exception>
    public async Task DeleteAsync(int id, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var newsletter = await store.FindTrackedAsync(id, cancellationToken)
            ?? throw new ContentNotFoundException($"Newsletter {id} does not exist.");
        if (await store.HasMailedIssuesAsync(id, cancellationToken))
        {
            throw new MediaValidationException($"The newsletter \"{newsletter.Name}\" has issues that were sent or are being sent; it is kept as the record of what was mailed.");
        }

        store.Remove(newsletter);
        await store.SaveChangesAsync(cancellationToken);
        await NotifyAsync(cancellationToken);
    }

    /// <summary>Every rule of a newsletter; the recipe step uses it too, so both paths accept the same input.</summary>
    public async Task<FieldErrors> ValidateAsync(NewsletterDraft draft, int selfId, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        HeaderText(errors, draft.Name, nameof(NewsletterDraft.Name), 200, required: true);
        errors.Text(draft.Description, nameof(NewsletterDraft.Description), 1000, required: false);
        HeaderText(errors, draft.Cadence, nameof(NewsletterDraft.Cadence), 200, required: false);
        HeaderText(errors, draft.SenderName, nameof(NewsletterDraft.SenderName), 200, required: true);
        Address(errors, draft.SenderAddress, nameof(NewsletterDraft.SenderAddress), required: true);
        Address(errors, draft.ReplyTo, nameof(NewsletterDraft.ReplyTo), required: false);

        var slug = SlugOf(draft);
        if (slug.Length == 0 || slug.Length > 100 || Slugs.From(slug, 100) != slug)
        {
            errors.Add(nameof(NewsletterDraft.Slug), $"'{slug}' is not a slug (lowercase letters, digits, hyphens).");
        }
        else if (await store.SlugTakenAsync(slug, selfId, cancellationToken))
        {
            errors.Add(nameof(NewsletterDraft.Slug), $"another newsletter already uses '{slug}'.");
        }

        if (selfId == 0 && await store.CountAsync(cancellationToken) >= MaxNewsletters)
        {
            errors.Add(nameof(NewsletterDraft.Name), $"a site has at most {MaxNewsletters} newsletters.");
        }

        return errors;
    }

    /// <summary>The slug given, or one made from the name.</summary>
    public static string SlugOf(NewsletterDraft draft) =>
        string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(draft.Name, 100) : draft.Slug.Trim();

    /// <summary>Copies a validated draft onto a record.</summary>
    public static void Apply(NewsletterRecord newsletter, NewsletterDraft draft)
    {
        newsletter.Slug = SlugOf(draft);
        newsletter.Name = draft.Name.Trim();
        newsletter.Description = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim();
        newsletter.Cadence = string.IsNullOrWhiteSpace(draft.Cadence) ? null : draft.Cadence.Trim();
        newsletter.SenderName = draft.SenderName.Trim();
        newsletter.SenderAddress = EmailAddresses.Normalize(draft.SenderAddress, out _)!;
        newsletter.ReplyTo = string.IsNullOrWhiteSpace(draft.ReplyTo) ? null : EmailAddresses.Normalize(draft.ReplyTo, out _);
    }

    public static NewsletterDraft ToDraft(NewsletterRecord newsletter) => new()
    {
        Slug = newsletter.Slug,
        Name = newsletter.Name,
        Description = newsletter.Description,
        Cadence = newsletter.Cadence,
        SenderName = newsletter.SenderName,
        SenderAddress = newsletter.SenderAddress,
        ReplyTo = newsletter.ReplyTo,
    };

    private async Task<NewsletterRecord> TrackAsync(int? id, CancellationToken cancellationToken) => id is null
        ? new NewsletterRecord { Slug = string.Empty, Name = string.Empty, SenderName = string.Empty, SenderAddress = string.Empty }
        : await store.FindTrackedAsync(id.Value, cancellationToken) ?? throw new ContentNotFoundException($"Newsletter {id} does not exist.");

    /// <summary>Signup forms list newsletters: the public pages that show them change with them.</summary>
    private Task NotifyAsync(CancellationToken cancellationToken) => ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);

    /// <summary>Text that ends up in a mail header (From name, subject lines): one line only.</summary>
    private static void HeaderText(FieldErrors errors, string? value, string field, int max, bool required)
    {
        errors.Text(value, field, max, required);
        if (value is not null && value.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            errors.Add(field, "must be a single line (it goes into email headers).");
        }
    }

    private static void Address(FieldErrors errors, string? value, string field, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "is required.");
            }

            return;
        }

        if (EmailAddresses.Normalize(value, out var error) is null)
        {
            errors.Add(field, error!);
        }
    }
}
