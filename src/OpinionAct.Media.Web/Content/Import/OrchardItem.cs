using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>Reads Orchard Core's content item shape (TitlePart, AutoroutePart, MarkdownBodyPart...) for importers.</summary>
internal static class OrchardItem
{
    public static JsonObject? Part(this ContentItemImportContext item, string part) =>
        item.Item.PropertyIgnoreCase(part, out _) as JsonObject;

    public static string? Text(this ContentItemImportContext item, string part, string property) =>
        item.Part(part) is { } obj ? item.Step.OptionalString(obj, property, $"{item.Path}.{part}") : null;

    public static string? Id(this ContentItemImportContext item) => item.Step.OptionalString(item.Item, "ContentItemId", item.Path);

    public static string Title(this ContentItemImportContext item) =>
        item.Text("TitlePart", "Title")
        ?? (item.Item.PropertyIgnoreCase("DisplayText", out _) is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty);

    public static string? RoutePath(this ContentItemImportContext item) => item.Text("AutoroutePart", "Path")?.Trim().Trim('/');

    public static bool Published(this ContentItemImportContext item) =>
        item.Item["Published"] is JsonValue v && v.TryGetValue<bool>(out var published) && published;

    public static IReadOnlyList<string> Strings(this ContentItemImportContext item, JsonObject? part, string property, string partName) =>
        part is null ? [] : item.Step.StringArray(part, property, $"{item.Path}.{partName}");

    /// <summary>Reads an ISO 8601 date; a bad one is reported at its path and read as null.</summary>
    public static DateTimeOffset? Date(this ContentItemImportContext item, JsonObject? obj, string property, string path)
    {
        DateTimeOffset? date = null;
        _ = obj is not null && item.Step.TryOptionalDate(obj, property, path, out date);
        return date;
    }

    /// <summary>Reports a refused save at the item, naming each field the way the recipe spells it.</summary>
    public static void Report(this ContentItemImportContext item, ContentValidationException ex, IReadOnlyDictionary<string, string> fieldPaths)
    {
        foreach (var (field, messages) in ex.Errors)
        {
            var root = field.Split('[', '.')[0];
            var path = fieldPaths.TryGetValue(root, out var mapped) ? $"{item.Path}.{mapped}{field[root.Length..]}" : $"{item.Path} ({field})";
            foreach (var message in messages)
            {
                item.Step.Error(path, message);
            }
        }
    }
}
