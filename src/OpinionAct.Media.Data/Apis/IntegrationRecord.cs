namespace OpinionAct.Media.Data.Apis;

/// <summary>
/// What a hub's staff see of an integration: its name, scopes, expiry, last use and revocation. The
/// OAuth client itself (hashed secret, permissions, token lifetimes) is OpenIddict's application row
/// with the same client id; a revoked integration keeps this row for the record and loses that one.
/// </summary>
public sealed class IntegrationRecord
{
    /// <summary>The OAuth <c>client_id</c>.</summary>
    public required string ClientId { get; set; }

    public required string Name { get; set; }

    /// <summary>Granted scopes, space-separated as in OAuth.</summary>
    public required string Scopes { get; set; }

    /// <summary>Set for an interactive app (authorization code with PKCE); null for a server integration (client credentials).</summary>
    public string? RedirectUri { get; set; }

    public int AccessTokenMinutes { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public string? RevokedBy { get; set; }
}
