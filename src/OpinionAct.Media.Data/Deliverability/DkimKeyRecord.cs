namespace OpinionAct.Media.Data.Deliverability;

/// <summary>
/// A hub's DKIM key for one sending domain and selector. The private key is stored only encrypted with Data Protection;
/// the public key is kept to print the TXT record. The newest key of a domain without <see cref="RetiredUtc"/> signs;
/// a retired key stays listed until removed, so its TXT record can stay published while mail signed with it is in
/// flight.
/// </summary>
public sealed class DkimKeyRecord
{
    public int Id { get; set; }

    public required string Domain { get; set; }

    public required string Selector { get; set; }

    public required string ProtectedPrivateKey { get; set; }

    /// <summary>The public key as base64 DER (SubjectPublicKeyInfo), the TXT record's <c>p=</c>.</summary>
    public required string PublicKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? RetiredUtc { get; set; }
}
