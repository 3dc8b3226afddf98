using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>Imports <c>Expert</c> items: {ExpertPart: {JobTitle, Credentials, Bio (Markdown), Photo, Links: [{Label, Url}]}}.</summary>
internal sealed class ExpertImporter(ExpertService experts, ExpertStore store, ContentUnit unit) : IContentItemImporter
{
    private static readonly Dictionary<string, string> FieldPaths = new()
    {
        ["Name"] = "TitlePart.Title", ["Slug"] = "AutoroutePart.Path", ["JobTitle"] = "ExpertPart.JobTitle", ["Credentials"] = "ExpertPart.Credentials",
        ["Bio"] = "ExpertPart.Bio", ["PhotoUrl"] = "ExpertPart.Photo", ["Links"] = "ExpertPart.Links",
    };

    public IReadOnlyCollection<string> ContentTypes => ["Expert"];

    public async Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        var part = context.Part("ExpertPart") ?? [];
        var partPath = $"{context.Path}.ExpertPart";
        var links = new List<LinkView>();
        if (part["Links"] is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject link)
                {
                    links.Add(new LinkView(
                        context.Step.OptionalString(link, "Label", $"{partPath}.Links[{i}]") ?? string.Empty,
                        context.Step.OptionalString(link, "Url", $"{partPath}.Links[{i}]") ?? string.Empty));
                }
            }
        }

        var draft = new ExpertDraft
        {
            Name = context.Title(),
            Slug = context.RoutePath(),
            JobTitle = context.Step.OptionalString(part, "JobTitle", partPath),
            Credentials = context.Step.OptionalString(part, "Credentials", partPath),
            Bio = context.Step.OptionalString(part, "Bio", partPath) ?? string.Empty,
            PhotoUrl = context.Step.OptionalString(part, "Photo", partPath),
            Links = links,
        };
        var id = context.Id();
        await unit.ImportItemAsync(async () =>
        {
            var existing = id is null ? null : await store.IdForContentItemAsync(id, cancellationToken);
            try
            {
                await experts.SaveAsync(existing, draft, ContentActor.System, cancellationToken, id);
            }
            catch (ContentValidationException ex)
            {
                context.Report(ex, FieldPaths);
            }
        });
    }
}
