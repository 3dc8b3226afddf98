using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Syndication;

namespace OpinionAct.Media.Web.Syndication;

/// <summary>Turns an original article (read in its own hub's scope) into the snapshot its allies receive, and back.</summary>
internal static class SyndicationSnapshots
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="article">Loaded with its experts (<see cref="ArticleStore.FindAsync"/>).</param>
    public static SyndicationSnapshot Of(ArticleRecord article) => new()
    {
        Title = article.Title,
        Dek = article.Dek,
        Body = SyndicatedBody.Clean(article.BodyMarkdown),
        Language = article.Language,
        Path = article.Path,
        SourcesJson = article.SourcesJson,
        CorrectionsJson = article.CorrectionsJson,
        ClaimReviewsJson = article.ClaimReviewsJson,
        Authors = article.OrderedExperts().Select(e => e.Name).ToList() is { Count: > 0 } names ? TextLimit.Cut(string.Join(", ", names), 500) : null,
        CoverUrl = SyndicatedBody.Cover(article.CoverImage),
        CoverAlt = SyndicatedBody.Cover(article.CoverImage) is null ? null : article.CoverAlt,
        Public = article.Status == (int)ArticleStatus.Published,
        PublishedUtc = article.PublishedUtc,
    };

    public static string Write(SyndicationSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Json);

    public static SyndicationSnapshot Read(string json) =>
        JsonSerializer.Deserialize<SyndicationSnapshot>(json, Json) ?? throw new InvalidOperationException("An offer without a snapshot.");

    /// <summary>The original's public URL: its hub's public root and its current path.</summary>
    public static string Url(string baseUrl, SyndicationSnapshot snapshot) => $"{baseUrl.TrimEnd('/')}/{snapshot.Path}";
}
