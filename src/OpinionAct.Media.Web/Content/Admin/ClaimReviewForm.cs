using System.Globalization;
using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// A fact-check as a row of the article form without script: the evidence is a text area with one
/// "Title | URL" a line, so any number of sources fits in one row of fields.
/// </summary>
internal static class ClaimReviewForm
{
    public const char EvidenceSeparator = '|';

    public static string[] Row(ClaimReviewEntry review) =>
    [
        review.Claim,
        review.ClaimantName ?? string.Empty,
        review.ClaimantUrl ?? string.Empty,
        review.AppearanceUrl ?? string.Empty,
        review.AppearanceDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty,
        review.Rating.ToString(CultureInfo.InvariantCulture),
        string.Join('\n', review.Evidence.Select(e => $"{e.Title} {EvidenceSeparator} {e.Url}")),
    ];

    /// <summary>
    /// What the validator checks. Unreadable values are kept as impossible ones (rating 0, year 1) so the
    /// validator reports them against their row instead of silently dropping them.
    /// </summary>
    public static ClaimReviewEntry Entry(string[] row) => new()
    {
        Claim = row[0],
        ClaimantName = Blank(row[1]),
        ClaimantUrl = Blank(row[2]),
        AppearanceUrl = Blank(row[3]),
        AppearanceDate = row[4].Length == 0 ? null
            : DateOnly.TryParseExact(row[4], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : DateOnly.MinValue,
        Rating = int.TryParse(row[5], NumberStyles.None, CultureInfo.InvariantCulture, out var rating) ? rating : 0,
        Evidence = Evidence(row[6]),
    };

    /// <summary>"Title | URL" a line; the URL is what follows the last separator, so a title may contain one.</summary>
    public static List<EvidenceEntry> Evidence(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.LastIndexOf(EvidenceSeparator) is var at and >= 0
                ? new EvidenceEntry(line[..at].Trim(), line[(at + 1)..].Trim())
                : new EvidenceEntry(line, string.Empty))
            .ToList();

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
