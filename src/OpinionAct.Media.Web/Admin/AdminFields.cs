using System.Text.RegularExpressions;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// How admin fields are named on the page: an element id and a label per field name. Field names are
/// the drafts' property names, so service errors land next to their field (Components/FieldBase).
/// </summary>
internal static partial class AdminFields
{
    public static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    /// <summary>An element id from a field name ("Sources[0].Title" → "Sources-0-Title").</summary>
    public static string Id(string name) => NonIdCharacters().Replace(name, "-").Trim('-');

    /// <summary>The label of a field, including row fields ("Source 2 · URL").</summary>
    public static string Label(AdminText t, string field)
    {
        var row = RowField().Match(field);
        return row.Success
            ? $"{t[$"field.{row.Groups[1].Value}.row"]} {int.Parse(row.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) + 1} · {t[$"field.{row.Groups[1].Value}.{row.Groups[3].Value}"]}"
            : t[$"field.{field}"];
    }

    /// <summary>The languages a site or an article can be written in, as select options in the admin's language.</summary>
    public static IEnumerable<(string Value, string Label)> Languages(AdminText t) => [("fr", t["lang.fr"]), ("en", t["lang.en"])];

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NonIdCharacters();

    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowField();
}
