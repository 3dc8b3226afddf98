namespace OpinionAct.Media.Data.Apis;

/// <summary>
/// One key of a tenant's OpenID Connect server: an RSA key that signs tokens (published in the JWKS) or
/// a symmetric key that encrypts codes and refresh tokens. The key material is protected with Data
/// Protection, so the database alone cannot forge a token, and any node holding the key ring can serve
/// the tenant.
/// </summary>
public sealed class ApiKeyRecord
{
    public int Id { get; set; }

    /// <summary><c>sig</c> or <c>enc</c>, as in a JSON Web Key's <c>use</c>.</summary>
    public required string Use { get; set; }

    /// <summary>The <c>kid</c> tokens carry in their header.</summary>
    public required string KeyId { get; set; }

    /// <summary>The private key (PKCS#8) or the symmetric key, protected with Data Protection, base64.</summary>
    public required string ProtectedKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the key starts signing; until then it is only published, so verifiers learn it first.</summary>
    public DateTime ActivatesUtc { get; set; }

    /// <summary>When the key stops being published and accepted: set at rotation, once every token it signed has expired.</summary>
    public DateTime? ExpiresUtc { get; set; }
}
