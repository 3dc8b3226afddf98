using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// Imports <c>Page</c> items (TitlePart, AutoroutePart, MarkdownBodyPart or HtmlBodyPart). Orchard's
/// HtmlBodyPart HTML is sanitised before it is stored; Markdown is rendered and sanitised.
/// </summary>
internal sealed class PageImporter(PageService pages, TenantDbContext db, MarkdownRenderer markdown) : IContentItemImporter
{
    private static readonly Dictionary<string, string> FieldPaths = new()
    {
        ["Title"] = "TitlePart.Title", ["Path"] = "AutoroutePart.Path", ["Body"] = "MarkdownBodyPart.Markdown",
    };

    public IReadOnlyCollection<string> ContentTypes => ["Page"];

    public async Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        var html = context.Text("HtmlBodyPart", "Html");
        var draft = new PageDraft(context.Title(), context.RoutePath(), context.Text("MarkdownBodyPart", "Markdown") ?? string.Empty, context.Published());
        var id = context.Id();
        var existing = id is null ? null : await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.ContentItemId == id, cancellationToken);
        try
        {
            await pages.SaveAsync(existing?.Id, draft, ContentActor.System, cancellationToken, id, html is null ? null : markdown.SanitizeHtml(html));
        }
        catch (ContentValidationException ex)
        {
            context.Report(ex, FieldPaths);
        }
        finally
        {
            // Each item is saved as it is read; forgetting it keeps the change tracker (and every
            // later save's change detection) the size of one item, so an import stays linear.
            db.ChangeTracker.Clear();
        }
    }
}
