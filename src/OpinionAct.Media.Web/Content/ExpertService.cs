using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>Experts of the current tenant: unique slugs, sanitised bios, safe links.</summary>
public sealed partial class ExpertService(ExpertStore experts, ContentUnit unit, TenantContext tenant, MarkdownRenderer markdown, IEnumerable<IContentChangeListener> listeners, MediaReferences media, TimeProvider clock, AuditTrail audit)
{
    /// <param name="verifier">The name the "verified by the editors" marks of this save record (the editor's email); the actor's otherwise.</param>
    public async Task<ExpertRecord> SaveAsync(int? id, ExpertDraft draft, ContentActor actor, CancellationToken cancellationToken, string? contentItemId = null, string? verifier = null)
    {
        actor.EnsureCanManageCatalog();
        var expert = id is null
            ? new ExpertRecord { Slug = string.Empty, Name = string.Empty, ContentItemId = contentItemId }
            : await experts.FindAsync(id.Value, cancellationToken) ?? throw new ContentNotFoundException($"Expert {id} does not exist.");

        var errors = new FieldErrors();
        errors.Text(draft.Name, nameof(ExpertDraft.Name), 200, required: true);
        errors.Text(draft.JobTitle, nameof(ExpertDraft.JobTitle), 300, required: false);
        errors.Text(draft.Credentials, nameof(ExpertDraft.Credentials), 500, required: false);
        errors.Text(draft.Affiliation, nameof(ExpertDraft.Affiliation), 300, required: false);
        errors.Text(draft.ConflictsOfInterest, nameof(ExpertDraft.ConflictsOfInterest), 2000, required: false);
        foreach (var field in draft.Verified.Where(f => !ExpertVerification.Fields.Contains(f)))
        {
            errors.Add(nameof(ExpertDraft.Verified), $"'{field}' cannot be verified; only {string.Join(", ", ExpertVerification.Fields)} can.");
        }
        await media.CheckFieldAsync(errors, nameof(ExpertDraft.PhotoUrl), draft.PhotoUrl, cancellationToken);
        if (draft.Bio.Length > 20_000)
        {
            errors.Add(nameof(ExpertDraft.Bio), "is too long (at most 20,000 characters).");
        }

        for (var i = 0; i < draft.Links.Count; i++)
        {
            errors.Text(draft.Links[i].Label, $"Links[{i}].Label", 100, required: true);
            errors.Url(draft.Links[i].Url, $"Links[{i}].Url", absoluteOnly: true);
        }

        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(draft.Name) : draft.Slug.Trim();
        if (slug.Length == 0 || Slugs.From(slug) != slug)
        {
            errors.Add(nameof(ExpertDraft.Slug), $"'{slug}' is not a slug (lowercase letters, digits, hyphens).");
        }
        else if (await experts.SlugUsedAsync(slug, expert.Id, cancellationToken))
        {
            errors.Add(nameof(ExpertDraft.Slug), $"another expert already uses '{slug}'.");
        }

        errors.ThrowIfAny();
        Verify(expert, draft, verifier ?? actor.Name ?? actor.UserId ?? "system");
        expert.Slug = slug;
        expert.Name = draft.Name.Trim();
        expert.JobTitle = ContentPaths.Blank(draft.JobTitle);
        expert.Credentials = ContentPaths.Blank(draft.Credentials);
        expert.BioMarkdown = draft.Bio;
        expert.BioHtml = markdown.Render(draft.Bio).Html;
        expert.PhotoUrl = ContentPaths.Blank(draft.PhotoUrl);
        expert.LinksJson = ContentJson.Write(draft.Links);
        expert.Affiliation = ContentPaths.Blank(draft.Affiliation);
        expert.ConflictsOfInterest = ContentPaths.Blank(draft.ConflictsOfInterest);
        if (expert.Id == 0)
        {
            experts.Add(expert);
        }

        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
        return expert;
    }

    /// <summary>Deletes an expert no article names; otherwise refuses (move the bylines first).</summary>
    public async Task DeleteAsync(int id, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var expert = await experts.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException($"Expert {id} does not exist.");
        if (await experts.InUseAsync(id, cancellationToken))
        {
            throw new MediaValidationException($"Expert '{expert.Name}' is still named by articles; change their bylines first.");
        }

        experts.Remove(expert);
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
    }

    public static ExpertDraft ToDraft(ExpertRecord expert) => new()
    {
        Name = expert.Name,
        Slug = expert.Slug,
        JobTitle = expert.JobTitle,
        Credentials = expert.Credentials,
        Bio = expert.BioMarkdown,
        PhotoUrl = expert.PhotoUrl,
        Links = ContentJson.Links(expert.LinksJson),
        Affiliation = expert.Affiliation,
        ConflictsOfInterest = expert.ConflictsOfInterest,
        Verified = ContentJson.Verifications(expert.VerificationsJson).Select(v => v.Field).ToList(),
    };
}
