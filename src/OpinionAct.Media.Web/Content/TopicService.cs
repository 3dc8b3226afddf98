using OpinionAct.Media.Audit;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>Topics of the current tenant: a tree with unique slugs and no cycles.</summary>
public sealed class TopicService(TopicStore topics, ContentUnit unit, TenantContext tenant, IEnumerable<IContentChangeListener> listeners, AuditTrail audit, MediaReferences media)
{
    /// <summary>Creates the topic, or updates the one with <paramref name="id"/>.</summary>
    public async Task<TopicRecord> SaveAsync(int? id, TopicDraft draft, ContentActor actor, CancellationToken cancellationToken, string? contentItemId = null)
    {
        actor.EnsureCanManageCatalog();
        var topic = id is null
            ? new TopicRecord { Slug = string.Empty, Name = string.Empty, ContentItemId = contentItemId }
            : await topics.FindAsync(id.Value, cancellationToken) ?? throw new ContentNotFoundException($"Topic {id} does not exist.");

        var errors = new FieldErrors();
        errors.Text(draft.Name, nameof(TopicDraft.Name), 200, required: true);
        errors.Text(draft.Description, nameof(TopicDraft.Description), 2000, required: false);
        await media.CheckFieldAsync(errors, nameof(TopicDraft.Image), draft.Image, cancellationToken);
        var slug = string.IsNullOrWhiteSpace(draft.Slug) ? Slugs.From(draft.Name) : draft.Slug.Trim();
        if (slug.Length == 0 || Slugs.From(slug) != slug)
        {
            errors.Add(nameof(TopicDraft.Slug), $"'{slug}' is not a slug (lowercase letters, digits, hyphens).");
        }
        else if (await topics.SlugUsedAsync(slug, topic.Id, cancellationToken))
        {
            errors.Add(nameof(TopicDraft.Slug), $"another topic already uses '{slug}'.");
        }

        int? parentId = null;
        if (!string.IsNullOrWhiteSpace(draft.Parent))
        {
            var parent = await topics.GetBySlugAsync(draft.Parent, cancellationToken);
            if (parent is null)
            {
                errors.Add(nameof(TopicDraft.Parent), $"topic '{draft.Parent}' does not exist.");
            }
            else if (topic.Id != 0 && await IsSelfOrDescendantAsync(parent.Id, topic.Id, cancellationToken))
            {
                errors.Add(nameof(TopicDraft.Parent), "a topic cannot be placed under itself or one of its subtopics.");
            }
            else
            {
                parentId = parent.Id;
            }
        }

        errors.ThrowIfAny();
        topic.Slug = slug;
        topic.Name = draft.Name.Trim();
        topic.Description = ContentPaths.Blank(draft.Description);
        topic.ParentId = parentId;
        if (draft.Image is not null)
        {
            topic.Image = ContentPaths.Blank(draft.Image);
        }
        if (topic.Id == 0)
        {
            topic.Position = await topics.NextPositionAsync(cancellationToken);
            topics.Add(topic);
        }

        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
        return topic;
    }

    /// <summary>Deletes a topic that no article and no subtopic uses.</summary>
    public async Task DeleteAsync(int id, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var topic = await topics.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException($"Topic {id} does not exist.");
        if (await topics.InUseAsync(id, cancellationToken))
        {
            throw new MediaValidationException($"Topic '{topic.Name}' is still used by articles or subtopics; move them first.");
        }

        topics.Remove(topic);
        audit.Add(AuditActions.TopicDeleted, $"topic {id}", topic.Name);
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
    }

    private async Task<bool> IsSelfOrDescendantAsync(int candidateId, int topicId, CancellationToken cancellationToken)
    {
        var parents = await topics.ParentsAsync(cancellationToken);
        for (int? current = candidateId; current is not null; current = parents.GetValueOrDefault(current.Value))
        {
            if (current == topicId)
            {
                return true;
            }
        }

        return false;
    }
}
