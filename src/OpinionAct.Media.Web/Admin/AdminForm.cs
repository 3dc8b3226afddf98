using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace OpinionAct.Media.Web.Admin;

/// <summary>A posted form, read after the admin filter has checked its antiforgery token.</summary>
internal sealed class AdminForm(IFormCollection form)
{
    /// <summary>Rows beyond this index are ignored: forms show a handful, and a forged post must not make us loop.</summary>
    public const int MaxRows = 100;

    public static async Task<AdminForm> ReadAsync(HttpContext http) =>
        new(http.Request.HasFormContentType ? await http.Request.ReadFormAsync(http.RequestAborted) : FormCollection.Empty);

    /// <summary>The field's value, untrimmed (Markdown keeps its spacing); "" when absent.</summary>
    public string Raw(string name) => form[name].ToString();

    /// <summary>The field's value, trimmed; "" when absent.</summary>
    public string Text(string name) => form[name].ToString().Trim();

    public bool Bool(string name) => form[name].Any(v => v is "true" or "on");

    /// <summary>A typed whole number: null when the field is empty, -1 when it is not a number (the service's range check refuses it with its sentence).</summary>
    public int? Number(string name) => Text(name) is not { Length: > 0 } text ? null
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;

    public IReadOnlyList<string> Values(string name) =>
        form[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Reads rows named <c>prefix[i].field</c>; rows whose fields are all blank are dropped, so the
    /// remaining rows' indexes match the indexes of the validation errors.
    /// </summary>
    public List<string[]> Rows(string prefix, params string[] fields)
    {
        var rows = new List<string[]>();
        for (var i = 0; i < MaxRows; i++)
        {
            var keys = fields.Select(f => $"{prefix}[{i}].{f}").ToArray();
            if (!keys.Any(form.ContainsKey))
            {
                continue;
            }

            var values = keys.Select(k => form[k].ToString().Trim()).ToArray();
            if (values.Any(v => v.Length > 0))
            {
                rows.Add(values);
            }
        }

        return rows;
    }

    /// <summary>How many rows named <c>prefix[i].field</c> the form posted, blank ones included.</summary>
    public int RowCount(string prefix, params string[] fields) =>
        Enumerable.Range(0, MaxRows).Count(i => fields.Any(f => form.ContainsKey($"{prefix}[{i}].{f}")));

    public StringValues this[string name] => form[name];
}
