namespace OpinionAct.Media.Data.ContentApi;

/// <summary>
/// The hub's Content API key (one row at most) and whether readers must send it. The key is read-only and
/// meant to sit in partner sites' code, like Ghost's content key, so admins can show it again: it is kept
/// protected with Data Protection for that, and compared through its SHA-256 hash on every request.
/// </summary>
public sealed class ContentApiKeyRecord
{
    public int Id { get; set; }

    /// <summary>The key, protected with Data Protection under a purpose that names the tenant, base64.</summary>
    public required string ProtectedKey { get; set; }

    /// <summary>SHA-256 of the key, lowercase hex.</summary>
    public required string KeyHash { get; set; }

    /// <summary>When true, reads without the key are refused; by default the Content API is open to anyone.</summary>
    public bool RequireKey { get; set; }

    public DateTime CreatedUtc { get; set; }
}
