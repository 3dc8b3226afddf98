using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>Static pages of the current tenant, sharing root paths with articles.</summary>
public sealed class PageService(PageStore pages, ArticleStore articles, ContentUnit unit, TenantContext tenant, MarkdownRenderer markdown, TimeProvider clock, IEnumerable<IContentChangeListener> listeners)
{
    /// <param name="html">Already-sanitised HTML to use instead of rendering <see cref="PageDraft.Body"/> (Orchard's HtmlBodyPart).</param>
    public async Task<PageRecord> SaveAsync(int? id, PageDraft draft, ContentActor actor, CancellationToken cancellationToken, string? contentItemId = null, string? html = null)
    {
        actor.EnsureCanManageCatalog();
        var page = id is null
            ? new PageRecord { Path = string.Empty, Title = string.Empty, ContentItemId = contentItemId }
            : await pages.FindAsync(id.Value, cancellationToken) ?? throw new ContentNotFoundException($"Page {id} does not exist.");

        var errors = new FieldErrors();
        errors.Text(draft.Title, nameof(PageDraft.Title), 300, required: true);
        if (draft.Body.Length > 1_000_000)
        {
            errors.Add(nameof(PageDraft.Body), "is too long (at most 1,000,000 characters).");
        }

        var path = string.IsNullOrWhiteSpace(draft.Path) ? Slugs.From(draft.Title) : draft.Path.Trim().Trim('/');
        if (path.Length == 0)
        {
            errors.Add(nameof(PageDraft.Path), "cannot be derived from the title; give one.");
        }
        else
        {
            await ContentPaths.CheckAsync(articles, pages, path, nameof(PageDraft.Path), errors, articleId: null, pageId: page.Id, cancellationToken);
        }

        errors.ThrowIfAny();
        page.Path = path;
        page.Title = draft.Title.Trim();
        page.BodyMarkdown = draft.Body;
        page.BodyHtml = html ?? markdown.Render(draft.Body).Html;
        page.Published = draft.Published;
        page.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        if (page.Id == 0)
        {
            pages.Add(page);
        }

        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
        return page;
    }

    /// <summary>Deletes a page; its path answers 404 from then on (add a redirect to keep old links working).</summary>
    public async Task DeleteAsync(int id, ContentActor actor, CancellationToken cancellationToken)
    {
        actor.EnsureCanManageCatalog();
        var page = await pages.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException($"Page {id} does not exist.");
        pages.Remove(page);
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
    }
}
