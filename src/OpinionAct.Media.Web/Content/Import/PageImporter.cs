using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// Imports <c>Page</c> items (TitlePart, AutoroutePart, MarkdownBodyPart or HtmlBodyPart). Orchard's
/// HtmlBodyPart HTML is sanitised before it is stored; Markdown is rendered and sanitised.
/// </summary>
internal sealed class PageImporter(PageService pages, PageStore store, ContentUnit unit, MarkdownRenderer markdown) : IContentItemImporter
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
        var modified = context.Date(context.Item, "ModifiedUtc", context.Path);
        var id = context.Id();
        await unit.ImportItemAsync(async () =>
        {
            var existing = id is null ? null : await store.IdForContentItemAsync(id, cancellationToken);
            try
            {
                var page = await pages.SaveAsync(existing, draft, ContentActor.System, cancellationToken, id, html is null ? null : markdown.SanitizeHtml(html));
                if (modified is { } changed)
                {
                    page.UpdatedUtc = changed.UtcDateTime;
                    await unit.SaveAsync(cancellationToken);
                }
            }
            catch (ContentValidationException ex)
            {
                context.Report(ex, FieldPaths);
            }
        });
    }
}
