using OpinionAct.Media.Content;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>
/// A fact-check as the Admin API receives it: every field nullable so a missing one reaches the validator and is
/// answered per field (422), as the admin form's rows are, rather than failing the whole body's parse.
/// </summary>
public sealed record ClaimReviewInput
{
    public string? Claim { get; init; }

    public string? ClaimantName { get; init; }

    public string? ClaimantUrl { get; init; }

    public string? AppearanceUrl { get; init; }

    /// <summary>A calendar day, <c>yyyy-MM-dd</c>.</summary>
    public DateOnly? AppearanceDate { get; init; }

    /// <summary>1 (false) to 5 (true).</summary>
    public int? Rating { get; init; }

    public IReadOnlyList<EvidenceInput?>? Evidence { get; init; }

    public ClaimReviewEntry ToEntry() => new()
    {
        Claim = Claim?.Trim() ?? string.Empty,
        ClaimantName = Blank(ClaimantName),
        ClaimantUrl = Blank(ClaimantUrl),
        AppearanceUrl = Blank(AppearanceUrl),
        AppearanceDate = AppearanceDate,
        Rating = Rating ?? 0,
        Evidence = (Evidence ?? []).Select(e => new EvidenceEntry(e?.Title?.Trim() ?? string.Empty, e?.Url?.Trim() ?? string.Empty)).ToList(),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
