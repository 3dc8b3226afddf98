using System.Globalization;
using Lucene.Net.Documents;

namespace OpinionAct.Media.Search;

/// <summary>
/// What a hit shows and what its snippet is cut from, read from a document's stored fields: everything a result needs
/// except the snippet and the score, which depend on the query.
/// </summary>
internal sealed record StoredHit(
    int Id,
    string Path,
    string Language,
    string Title,
    string Dek,
    string Body,
    DateTime PublishedUtc,
    IReadOnlyList<SearchTerm> Topics,
    IReadOnlyList<SearchTerm> Experts)
{
    /// <summary>Characters this hit holds, the measure <see cref="StoredHits"/> bounds (an object's own overhead counted as 32).</summary>
    public long Chars { get; } = 32L + Path.Length + Title.Length + Dek.Length + Body.Length
        + Topics.Sum(t => (long)t.Slug.Length + t.Name.Length) + Experts.Sum(e => (long)e.Slug.Length + e.Name.Length);

    public static StoredHit From(Document document)
    {
        _ = int.TryParse(Stored(document, SearchFields.Id), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id);
        var ticks = document.GetField(SearchFields.Date)?.GetInt64Value() ?? 0L;
        return new StoredHit(
            id,
            Stored(document, SearchFields.Path) ?? string.Empty,
            SearchDocumentMapper.LanguageOf(Stored(document, SearchFields.Language)),
            Stored(document, SearchFields.TitleStored) ?? string.Empty,
            Stored(document, SearchFields.DekStored) ?? string.Empty,
            Stored(document, SearchFields.BodyStored) ?? string.Empty,
            new DateTime(Math.Clamp(ticks, DateTime.MinValue.Ticks, DateTime.MaxValue.Ticks), DateTimeKind.Utc),
            Terms(document.GetValues(SearchFields.TopicStored, CultureInfo.InvariantCulture)),
            Terms(document.GetValues(SearchFields.ExpertStored, CultureInfo.InvariantCulture)));
    }

    public SearchHit ToHit(string snippetHtml, float score) =>
        new(Id, Path, Title, snippetHtml, PublishedUtc, Topics, Experts, float.IsNaN(score) ? 0f : score);

    /// <summary>A stored string value (the culture only matters to numeric values, which are read as numbers).</summary>
    private static string? Stored(Document document, string field) => document.Get(field, CultureInfo.InvariantCulture);

    // Read-only views: a kept hit's lists are handed to every result that shows it.
    private static IReadOnlyList<SearchTerm> Terms(string[]? stored) =>
        stored is null ? Array.Empty<SearchTerm>() : Array.AsReadOnly(Array.ConvertAll(stored, SearchDocumentMapper.ParseTerm));
}
