using System.Text.Encodings.Web;
using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content;

/// <summary>The JSON stored in content columns (sources, corrections, links) and revision snapshots.</summary>
internal static class ContentJson
{
    // Stored, never embedded in HTML: keep accents readable in the database (and searchable with LIKE).
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<SourceEntry> Sources(string json) => Read<List<SourceEntry>>(json) ?? [];

    public static IReadOnlyList<CorrectionEntry> Corrections(string json) => Read<List<CorrectionEntry>>(json) ?? [];

    public static IReadOnlyList<ClaimReviewEntry> ClaimReviews(string json) => Read<List<ClaimReviewEntry>>(json) ?? [];

    public static IReadOnlyList<ExpertVerification> Verifications(string json) => Read<List<ExpertVerification>>(json) ?? [];

    public static IReadOnlyList<LinkView> Links(string json) => Read<List<LinkView>>(json) ?? [];

    public static ArticleDraft Draft(string json) => Read<ArticleDraft>(json) ?? throw new InvalidDataException("A revision snapshot is empty.");

    private static T? Read<T>(string json) => string.IsNullOrEmpty(json) ? default : JsonSerializer.Deserialize<T>(json, Options);
}
