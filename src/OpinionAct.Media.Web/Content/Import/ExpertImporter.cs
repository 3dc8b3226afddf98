using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// Imports <c>Expert</c> items: {ExpertPart: {JobTitle, Credentials, Bio (Markdown), Photo, Links: [{Label, Url}],
/// Affiliation, ConflictsOfInterest, Verified: ["Credentials", "Affiliation", "ConflictsOfInterest"]}}. The fields named
/// in Verified get the editors' mark once saved (a second save, since a mark is only put on a value already saved),
/// recorded as verified by the recipe. An export writes <c>Verifications: [{Field, By, AtUtc}]</c> instead, which puts the
/// source hub's marks back as they were.
/// </summary>
internal sealed class ExpertImporter(ExpertService experts, ExpertStore store, ContentUnit unit) : IContentItemImporter
{
    private static readonly Dictionary<string, string> FieldPaths = new()
    {
        ["Name"] = "TitlePart.Title", ["Slug"] = "AutoroutePart.Path", ["JobTitle"] = "ExpertPart.JobTitle", ["Credentials"] = "ExpertPart.Credentials",
        ["Bio"] = "ExpertPart.Bio", ["PhotoUrl"] = "ExpertPart.Photo", ["Links"] = "ExpertPart.Links",
        ["Affiliation"] = "ExpertPart.Affiliation", ["ConflictsOfInterest"] = "ExpertPart.ConflictsOfInterest", ["Verified"] = "ExpertPart.Verified",
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
            Affiliation = context.Step.OptionalString(part, "Affiliation", partPath),
            ConflictsOfInterest = context.Step.OptionalString(part, "ConflictsOfInterest", partPath),
            Verified = context.Step.StringArray(part, "Verified", partPath),
        };
        var marks = ReadVerifications(context, part, partPath);
        var id = context.Id();
        await unit.ImportItemAsync(async () =>
        {
            var existing = id is null ? null : await store.IdForContentItemAsync(id, cancellationToken);
            try
            {
                var saved = await experts.SaveAsync(existing, draft, ContentActor.System, cancellationToken, id);
                if (marks.Count > 0)
                {
                    await experts.RestoreVerificationsAsync(saved.Id, marks, cancellationToken);
                }
                else if (draft.Verified.Count > 0)
                {
                    await experts.SaveAsync(saved.Id, draft, ContentActor.System, cancellationToken, id, verifier: "recipe");
                }
            }
            catch (ContentValidationException ex)
            {
                context.Report(ex, FieldPaths);
            }
        });
    }

    private static List<ExpertVerification> ReadVerifications(ContentItemImportContext context, JsonObject part, string partPath)
    {
        var marks = new List<ExpertVerification>();
        if (part["Verifications"] is not JsonArray array)
        {
            return marks;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var path = $"{partPath}.Verifications[{i}]";
            var field = array[i] is JsonObject mark ? context.Step.OptionalString(mark, "Field", path) : null;
            var at = array[i] is JsonObject timed ? context.Step.OptionalString(timed, "AtUtc", path) : null;
            if (field is null || !ExpertVerification.Fields.Contains(field) || at is null
                || !DateTimeOffset.TryParse(at, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var when))
            {
                context.Step.Error(path, $"expected a mark {{Field ({string.Join(", ", ExpertVerification.Fields)}), By, AtUtc}}");
                continue;
            }

            marks.Add(new ExpertVerification(field, context.Step.OptionalString((JsonObject)array[i]!, "By", path) ?? "import", when));
        }

        return marks;
    }
}
