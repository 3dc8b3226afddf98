using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Syndication;

/// <summary>
/// What an allied hub receives of an article: its words, sources, corrections and fact-checks as they are on the
/// original hub, and where and when it was first published. It is copied through the host database, so the ally
/// never reads the original hub's database.
/// </summary>
public sealed record SyndicationSnapshot
{
    public required string Title { get; init; }

    public string? Dek { get; init; }

    /// <summary>Markdown, without the original hub's library images (<see cref="SyndicatedBody"/>).</summary>
    public required string Body { get; init; }

    public required string Language { get; init; }

    /// <summary>The original's path on its hub, proposed as the copy's path.</summary>
    public required string Path { get; init; }

    public string SourcesJson { get; init; } = "[]";

    public string CorrectionsJson { get; init; } = "[]";

    public string ClaimReviewsJson { get; init; } = "[]";

    /// <summary>The original's bylines, as names: the ally has no profile of the original hub's experts.</summary>
    public string? Authors { get; init; }

    /// <summary>The cover when it is an absolute URL; a library image of the original hub is not carried.</summary>
    public string? CoverUrl { get; init; }

    public string? CoverAlt { get; init; }

    /// <summary>Whether the original is on its hub's public site now.</summary>
    public bool Public { get; init; }

    public DateTime? PublishedUtc { get; init; }

    /// <summary>A digest of everything the copy shows: an unchanged digest means there is nothing to send again.</summary>
    public string Fingerprint()
    {
        var text = string.Join('\u001f', Title, Dek, Body, Language, Path, SourcesJson, CorrectionsJson, ClaimReviewsJson, Authors, CoverUrl, CoverAlt, Public ? "1" : "0", PublishedUtc?.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
