namespace OpinionAct.Media.Content;

/// <summary>Field rules for an <see cref="ArticleDraft"/> that need no database.</summary>
public static class ArticleValidator
{
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal) { "fr", "en" };

    /// <summary>Collects every field error at once, so a form can show them all.</summary>
    public static Dictionary<string, List<string>> Validate(ArticleDraft draft)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }

            list.Add(message);
        }

        Text(draft.Title, nameof(ArticleDraft.Title), 300, required: true, Add);
        Text(draft.Dek, nameof(ArticleDraft.Dek), 1000, required: false, Add);
        Text(draft.SeoTitle, nameof(ArticleDraft.SeoTitle), 300, required: false, Add);
        Text(draft.SeoDescription, nameof(ArticleDraft.SeoDescription), 1000, required: false, Add);
        Text(draft.CoverAlt, nameof(ArticleDraft.CoverAlt), 500, required: false, Add);
        if (draft.Body.Length > 1_000_000)
        {
            Add(nameof(ArticleDraft.Body), "is too long (at most 1,000,000 characters).");
        }

        if (!Languages.Contains(draft.Language))
        {
            Add(nameof(ArticleDraft.Language), $"'{draft.Language}' is not supported; use 'fr' or 'en'.");
        }

        if (!string.IsNullOrWhiteSpace(draft.Path) && Slugs.ValidatePath(draft.Path) is { } pathError)
        {
            Add(nameof(ArticleDraft.Path), pathError);
        }

        Url(draft.CanonicalUrl, nameof(ArticleDraft.CanonicalUrl), absoluteOnly: true, Add);
        Url(draft.CoverImage, nameof(ArticleDraft.CoverImage), absoluteOnly: false, Add);
        if (!string.IsNullOrWhiteSpace(draft.CoverImage) && string.IsNullOrWhiteSpace(draft.CoverAlt))
        {
            Add(nameof(ArticleDraft.CoverAlt), "is required when there is a cover image (describe it for readers who cannot see it).");
        }

        for (var i = 0; i < draft.Sources.Count; i++)
        {
            var source = draft.Sources[i];
            var field = $"{nameof(ArticleDraft.Sources)}[{i}]";
            Text(source.Title, $"{field}.Title", 500, required: true, Add);
            Text(source.Publisher, $"{field}.Publisher", 300, required: false, Add);
            Text(source.Claim, $"{field}.Claim", 1000, required: false, Add);
            Url(source.Url, $"{field}.Url", absoluteOnly: true, Add);
        }

        for (var i = 0; i < draft.Corrections.Count; i++)
        {
            var correction = draft.Corrections[i];
            var field = $"{nameof(ArticleDraft.Corrections)}[{i}]";
            Text(correction.Text, $"{field}.Text", 2000, required: true, Add);
            if (correction.Date.Year is < 1990 or > 2200)
            {
                Add($"{field}.Date", "is not a plausible date.");
            }
        }

        SlugList(draft.Topics, nameof(ArticleDraft.Topics), Add);
        SlugList(draft.Experts, nameof(ArticleDraft.Experts), Add);
        return errors;
    }

    /// <summary>True for http(s) URLs, and for site-relative paths when allowed; never javascript: or data:.</summary>
    public static bool IsSafeUrl(string url, bool absoluteOnly)
    {
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            return absolute.Scheme is "http" or "https";
        }

        return !absoluteOnly && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.Contains('\\', StringComparison.Ordinal);
    }

    private static void Text(string? value, string field, int max, bool required, Action<string, string> add)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                add(field, "is required.");
            }

            return;
        }

        if (value.Length > max)
        {
            add(field, $"is too long ({value.Length} characters; at most {max}).");
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            add(field, "contains control characters.");
        }
    }

    private static void Url(string? value, string field, bool absoluteOnly, Action<string, string> add)
    {
        if (!string.IsNullOrWhiteSpace(value) && !IsSafeUrl(value.Trim(), absoluteOnly))
        {
            add(field, absoluteOnly ? $"'{value}' must be an absolute http or https URL." : $"'{value}' must be an http(s) URL or a path starting with '/'.");
        }
    }

    private static void SlugList(IReadOnlyList<string> slugs, string field, Action<string, string> add)
    {
        foreach (var slug in slugs.Where(s => Slugs.From(s) != s))
        {
            add(field, $"'{slug}' is not a slug.");
        }
    }
}
