using System.Text;
using System.Text.RegularExpressions;
using static OpinionAct.Media.Web.Html.HtmlPage;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// Form controls of the admin: every input has a label, its hint and error are tied to it with
/// aria-describedby, and a field in error is marked aria-invalid. Every value is HTML-encoded.
/// Field names are the drafts' property names, so service errors land next to their field.
/// </summary>
internal static partial class AdminHtml
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

    public static string Input(AdminText t, string name, string? value, IReadOnlyDictionary<string, string[]> errors, string type = "text", string? hint = null, string attributes = "", string? label = null)
    {
        var id = Id(name);
        return $"""
            <div class="field">
            <label for="{id}">{E(label ?? Label(t, name))}</label>{Hint(id, hint)}{Error(errors, name)}
            <input id="{id}" name="{E(name)}" type="{type}" value="{E(value)}"{Described(id, hint, errors, name)} {attributes}>
            </div>
            """;
    }

    public static string TextArea(AdminText t, string name, string? value, IReadOnlyDictionary<string, string[]> errors, int rows = 4, string? hint = null, string attributes = "", string? label = null)
    {
        var id = Id(name);

        // A leading newline right after <textarea> is dropped by HTML parsers; one more keeps the value intact.
        return $"""
            <div class="field">
            <label for="{id}">{E(label ?? Label(t, name))}</label>{Hint(id, hint)}{Error(errors, name)}
            <textarea id="{id}" name="{E(name)}" rows="{rows}"{Described(id, hint, errors, name)} {attributes}>
            {E(value)}</textarea>
            </div>
            """;
    }

    public static string Select(AdminText t, string name, IEnumerable<(string Value, string Label)> options, string? selected, IReadOnlyDictionary<string, string[]> errors, string? hint = null, string? label = null)
    {
        var id = Id(name);
        var items = string.Concat(options.Select(o =>
            $"<option value=\"{E(o.Value)}\"{(string.Equals(o.Value, selected, StringComparison.Ordinal) ? " selected" : string.Empty)}>{E(o.Label)}</option>"));
        return $"""
            <div class="field">
            <label for="{id}">{E(label ?? Label(t, name))}</label>{Hint(id, hint)}{Error(errors, name)}
            <select id="{id}" name="{E(name)}"{Described(id, hint, errors, name)}>{items}</select>
            </div>
            """;
    }

    public static string Checkbox(string name, string label, bool isChecked, string value = "true", string? id = null)
    {
        id ??= Id(name);
        return $"""<div class="check"><input type="checkbox" id="{id}" name="{E(name)}" value="{E(value)}"{(isChecked ? " checked" : string.Empty)}> <label for="{id}">{E(label)}</label></div>""";
    }

    /// <summary>A group of checkboxes with one name (topics, experts); the fieldset carries the field's id for the error summary.</summary>
    public static string CheckboxList(AdminText t, string name, IEnumerable<(string Value, string Label)> options, IReadOnlyCollection<string> selected, IReadOnlyDictionary<string, string[]> errors, string empty)
    {
        var id = Id(name);
        var boxes = new StringBuilder();
        var i = 0;
        foreach (var (value, label) in options)
        {
            boxes.Append(Checkbox(name, label, selected.Contains(value), value, $"{id}-{i++}"));
        }

        return $"""
            <fieldset id="{id}" tabindex="-1"{(errors.ContainsKey(name) ? $" aria-describedby=\"{id}-error\"" : string.Empty)}>
            <legend>{E(Label(t, name))}</legend>{Error(errors, name)}
            {(i == 0 ? $"<p class=\"muted\">{E(empty)}</p>" : boxes.ToString())}
            </fieldset>
            """;
    }

    /// <summary>The summary at the top of a form in error: one link per problem, to its field.</summary>
    public static string Summary(AdminText t, IReadOnlyDictionary<string, string[]> errors)
    {
        if (errors.Count == 0)
        {
            return string.Empty;
        }

        var items = string.Concat(errors.SelectMany(e => e.Value.Select(message =>
            $"<li><a href=\"#{Id(e.Key)}\">{E(Label(t, e.Key))}: {E(message)}</a></li>")));
        return $"""
            <div class="error" role="alert" id="error-summary">
            <h2>{E(t["errors.title"])}</h2>
            <ul>{items}</ul>
            </div>
            """;
    }

    public static string Notice(string? message) =>
        string.IsNullOrEmpty(message) ? string.Empty : $"<p class=\"ok\" role=\"status\">{E(message)}</p>";

    public static string Alert(string? message) =>
        string.IsNullOrEmpty(message) ? string.Empty : $"<p class=\"error\" role=\"alert\">{E(message)}</p>";

    /// <summary>A one-button POST form (delete, restore, remove a role), with its antiforgery token.</summary>
    public static string ButtonForm(AdminRequest r, string action, string label, string? accessibleName = null, string hidden = "", string css = "secondary") => $"""
        <form class="inline" method="post" action="{E(action)}">{r.TokenField()}{hidden}<button type="submit" class="{css}"{(accessibleName is null ? string.Empty : $" aria-label=\"{E(accessibleName)}\"")}>{E(label)}</button></form>
        """;

    private static string Hint(string id, string? hint) =>
        hint is null ? string.Empty : $"<span class=\"hint\" id=\"{id}-hint\">{E(hint)}</span>";

    private static string Error(IReadOnlyDictionary<string, string[]> errors, string name) =>
        errors.TryGetValue(name, out var messages) ? $"<span class=\"field-error\" id=\"{Id(name)}-error\">{E(string.Join(" ", messages))}</span>" : string.Empty;

    private static string Described(string id, string? hint, IReadOnlyDictionary<string, string[]> errors, string name)
    {
        var ids = new List<string>();
        if (hint is not null)
        {
            ids.Add($"{id}-hint");
        }

        if (errors.ContainsKey(name))
        {
            ids.Add($"{id}-error");
        }

        var described = ids.Count == 0 ? string.Empty : $" aria-describedby=\"{string.Join(' ', ids)}\"";
        return errors.ContainsKey(name) ? described + " aria-invalid=\"true\"" : described;
    }

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex NonIdCharacters();

    [GeneratedRegex(@"^(\w+)\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowField();
}
