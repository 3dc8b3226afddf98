namespace OpinionAct.Media.Content;

/// <summary>Field rules for an <see cref="ArticleDraft"/> that need no database.</summary>
public static class ArticleValidator
{
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal) { "fr", "en" };

    /// <summary>Collects every field error at once, so a form can show them all.</summary>
    public static FieldErrors Validate(ArticleDraft draft)
    {
        var errors = new FieldErrors();
        errors.Text(draft.Title, nameof(ArticleDraft.Title), 300, required: true);
        errors.Text(draft.Dek, nameof(ArticleDraft.Dek), 1000, required: false);
        errors.Text(draft.SeoTitle, nameof(ArticleDraft.SeoTitle), 300, required: false);
        errors.Text(draft.SeoDescription, nameof(ArticleDraft.SeoDescription), 1000, required: false);
        errors.Text(draft.CoverAlt, nameof(ArticleDraft.CoverAlt), 500, required: false);
        if (draft.Body.Length > 1_000_000)
        {
            errors.Add(nameof(ArticleDraft.Body), "is too long (at most 1,000,000 characters).");
        }

        if (!Languages.Contains(draft.Language))
        {
            errors.Add(nameof(ArticleDraft.Language), $"'{draft.Language}' is not supported; use 'fr' or 'en'.");
        }

        if (!string.IsNullOrWhiteSpace(draft.Path) && Slugs.ValidatePath(draft.Path) is { } pathError)
        {
            errors.Add(nameof(ArticleDraft.Path), pathError);
        }

        errors.Url(draft.CanonicalUrl, nameof(ArticleDraft.CanonicalUrl), absoluteOnly: true);
        // A library cover (media:<id>) may take its alt text from the item: that is checked when publishing.
        var libraryCover = MediaLibrary.MediaReference.Parse(draft.CoverImage?.Trim()) is not null;
        if (!libraryCover)
        {
            errors.Url(draft.CoverImage, nameof(ArticleDraft.CoverImage), absoluteOnly: false);
        }

        if (!libraryCover && !string.IsNullOrWhiteSpace(draft.CoverImage) && string.IsNullOrWhiteSpace(draft.CoverAlt))
        {
            errors.Add(nameof(ArticleDraft.CoverAlt), "is required when there is a cover image (describe it for readers who cannot see it).");
        }

        for (var i = 0; i < draft.Sources.Count; i++)
        {
            var source = draft.Sources[i];
            var field = $"{nameof(ArticleDraft.Sources)}[{i}]";
            errors.Text(source.Title, $"{field}.Title", 500, required: true);
            errors.Text(source.Publisher, $"{field}.Publisher", 300, required: false);
            errors.Text(source.Claim, $"{field}.Claim", 1000, required: false);
            errors.Url(source.Url, $"{field}.Url", absoluteOnly: true);
        }

        for (var i = 0; i < draft.Corrections.Count; i++)
        {
            var correction = draft.Corrections[i];
            var field = $"{nameof(ArticleDraft.Corrections)}[{i}]";
            errors.Text(correction.Text, $"{field}.Text", 2000, required: true);
            if (correction.Date.Year is < 1990 or > 2200)
            {
                errors.Add($"{field}.Date", "is not a plausible date.");
            }
        }

        ClaimReviewValidator.Validate(draft.ClaimReviews, errors);

        foreach (var slug in draft.Topics.Concat(draft.Experts).Where(s => Slugs.From(s) != s))
        {
            errors.Add(draft.Topics.Contains(slug) ? nameof(ArticleDraft.Topics) : nameof(ArticleDraft.Experts), $"'{slug}' is not a slug.");
        }

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
}
