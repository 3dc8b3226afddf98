namespace OpinionAct.Media.Content;

/// <summary>Collects field errors and throws them together, so a form can show every problem at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>The messages collected so far, per field (what <see cref="ThrowIfAny"/> would throw).</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(message);
    }

    /// <summary>Required, length and control-character rules for a plain-text field.</summary>
    public void Text(string? value, string field, int max, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(field, "is required.");
            }

            return;
        }

        if (value.Length > max)
        {
            Add(field, $"is too long ({value.Length} characters; at most {max}).");
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            Add(field, "contains control characters.");
        }
    }

    /// <summary>An optional URL that must be http(s), or also a site-relative path when allowed.</summary>
    public void Url(string? value, string field, bool absoluteOnly)
    {
        if (!string.IsNullOrWhiteSpace(value) && !ArticleValidator.IsSafeUrl(value.Trim(), absoluteOnly))
        {
            Add(field, absoluteOnly ? $"'{value}' must be an absolute http or https URL." : $"'{value}' must be an http(s) URL or a path starting with '/'.");
        }
    }

    /// <exception cref="ContentValidationException">When any error was collected.</exception>
    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new ContentValidationException(ToDictionary());
        }
    }
}
