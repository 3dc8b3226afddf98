using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// The article form exactly as the editor typed it. A form in error is shown again from this,
/// so nothing typed is lost, even values that could not be parsed (a malformed date).
/// </summary>
public sealed class ArticleFormInput
{
    public static readonly string[] SourceFields = ["Title", "Url", "Publisher", "Claim"];
    public static readonly string[] CorrectionFields = ["Date", "Text"];
    public static readonly string[] ClaimReviewFields = ["Claim", "ClaimantName", "ClaimantUrl", "AppearanceUrl", "AppearanceDate", "Rating", "Evidence"];

    /// <summary>The checkbox of a source or correction row that drops it on the next save (the form without script).</summary>
    public const string RemoveField = "Remove";

    public string Title { get; init; } = string.Empty;

    public string Dek { get; init; } = string.Empty;

    public string Path { get; init; } = string.Empty;

    public string Body { get; init; } = string.Empty;

    public string CoverImage { get; init; } = string.Empty;

    public string CoverAlt { get; init; } = string.Empty;

    public string Language { get; init; } = "fr";

    public bool Featured { get; init; }

    public string SeoTitle { get; init; } = string.Empty;

    public string SeoDescription { get; init; } = string.Empty;

    public string CanonicalUrl { get; init; } = string.Empty;

    public IReadOnlyList<string> Topics { get; init; } = [];

    public IReadOnlyList<string> Experts { get; init; } = [];

    /// <summary>Non-blank source rows: title, URL, publisher, claim.</summary>
    public IReadOnlyList<string[]> Sources { get; init; } = [];

    /// <summary>Non-blank correction rows: date (yyyy-MM-dd), text.</summary>
    public IReadOnlyList<string[]> Corrections { get; init; } = [];

    /// <summary>Non-blank fact-check rows, in <see cref="ClaimReviewFields"/> order; evidence is one "Title | URL" a line.</summary>
    public IReadOnlyList<string[]> ClaimReviews { get; init; } = [];

    /// <summary>The datetime-local value of the Schedule field, in the site's time zone.</summary>
    public string ScheduleAt { get; init; } = string.Empty;

    /// <summary>
    /// The article's revision when this form was opened; a save finding another one is refused as a conflict.
    /// Null for a new article, and for posts that do not carry it (older pages, scripts), which are not checked.
    /// </summary>
    public int? BaseRevision { get; init; }

    /// <summary>The revision the editor chose to overwrite after a conflict; the save goes through only while it is still the current one.</summary>
    public int? Overwrite { get; init; }

    /// <summary>Empty source rows to show after the filled ones (at least one; the "Add a source" button adds one).</summary>
    public int BlankSourceRows { get; set; } = 1;

    /// <summary>Empty correction rows to show after the filled ones (at least one).</summary>
    public int BlankCorrectionRows { get; set; } = 1;

    /// <summary>Empty fact-check rows to show after the filled ones (at least one).</summary>
    public int BlankClaimReviewRows { get; set; } = 1;

    internal static ArticleFormInput Read(AdminForm form) => new()
    {
        Title = form.Text(nameof(Title)),
        Dek = form.Text(nameof(Dek)),
        Path = form.Text(nameof(Path)).Trim('/'),
        Body = form.Raw(nameof(Body)),
        CoverImage = form.Text(nameof(CoverImage)),
        CoverAlt = form.Text(nameof(CoverAlt)),
        Language = form.Text(nameof(Language)),
        Featured = form.Bool(nameof(Featured)),
        SeoTitle = form.Text(nameof(SeoTitle)),
        SeoDescription = form.Text(nameof(SeoDescription)),
        CanonicalUrl = form.Text(nameof(CanonicalUrl)),
        Topics = form.Values(nameof(Topics)),
        Experts = form.Values(nameof(Experts)),
        Sources = Kept(form, nameof(Sources), SourceFields),
        Corrections = Kept(form, nameof(Corrections), CorrectionFields),
        ClaimReviews = Kept(form, nameof(ClaimReviews), ClaimReviewFields),
        ScheduleAt = form.Text(nameof(ScheduleAt)),
        BaseRevision = Number(form.Text(nameof(BaseRevision))),
        Overwrite = Number(form.Text(nameof(Overwrite))),
        BlankSourceRows = Blanks(form, nameof(Sources), SourceFields),
        BlankCorrectionRows = Blanks(form, nameof(Corrections), CorrectionFields),
        BlankClaimReviewRows = Blanks(form, nameof(ClaimReviews), ClaimReviewFields),
    };

    /// <summary>The filled rows whose Remove box is not ticked, without that box.</summary>
    private static List<string[]> Kept(AdminForm form, string prefix, string[] fields) =>
        form.Rows(prefix, [.. fields, RemoveField]).Where(row => row[^1] is not ("on" or "true")).Select(row => row[..^1]).ToList();

    /// <summary>How many empty rows the posted page showed, so a form shown again keeps them (at least one).</summary>
    private static int Blanks(AdminForm form, string prefix, string[] fields) =>
        Math.Max(1, form.RowCount(prefix, fields) - form.Rows(prefix, [.. fields, RemoveField]).Count);

    private static int? Number(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is > 0 and < int.MaxValue ? n : null;

    public static ArticleFormInput From(ArticleDraft draft, AdminRequest r, DateTime? scheduledUtc = null, int? revision = null) => new()
    {
        BaseRevision = revision,
        Title = draft.Title,
        Dek = draft.Dek ?? string.Empty,
        Path = draft.Path ?? string.Empty,
        Body = draft.Body,
        CoverImage = draft.CoverImage ?? string.Empty,
        CoverAlt = draft.CoverAlt ?? string.Empty,
        Language = draft.Language,
        Featured = draft.Featured,
        SeoTitle = draft.SeoTitle ?? string.Empty,
        SeoDescription = draft.SeoDescription ?? string.Empty,
        CanonicalUrl = draft.CanonicalUrl ?? string.Empty,
        Topics = draft.Topics,
        Experts = draft.Experts,
        Sources = draft.Sources.Select(s => new[] { s.Title, s.Url ?? string.Empty, s.Publisher ?? string.Empty, s.Claim ?? string.Empty }).ToList(),
        Corrections = draft.Corrections.Select(c => new[] { r.DayInput(c.Date), c.Text }).ToList(),
        ClaimReviews = draft.ClaimReviews.Select(ClaimReviewForm.Row).ToList(),
        ScheduleAt = r.LocalInput(scheduledUtc),
    };

    /// <summary>
    /// The draft to validate and save. A correction whose date cannot be read keeps its row with an
    /// impossible date, so the validator reports it against the right row; a blank date means today.
    /// </summary>
    public ArticleDraft ToDraft(AdminRequest r) => new()
    {
        Title = Title,
        Dek = Blank(Dek),
        Path = Blank(Path),
        Body = Body,
        CoverImage = Blank(CoverImage),
        CoverAlt = Blank(CoverAlt),
        Language = Language,
        Featured = Featured,
        SeoTitle = Blank(SeoTitle),
        SeoDescription = Blank(SeoDescription),
        CanonicalUrl = Blank(CanonicalUrl),
        Topics = Topics,
        Experts = Experts,
        Sources = Sources.Select(s => new SourceEntry(s[0], Blank(s[1]), Blank(s[2]), Blank(s[3]))).ToList(),
        Corrections = Corrections.Select(c => new CorrectionEntry(
            c[0].Length == 0 ? r.ParseDay(r.Today())!.Value : r.ParseDay(c[0]) ?? DateTimeOffset.MinValue,
            c[1])).ToList(),
        ClaimReviews = ClaimReviews.Select(ClaimReviewForm.Entry).ToList(),
    };

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
