namespace OpinionAct.Media.Data.MediaLibrary;

/// <summary>
/// A key that signs this tenant's on-demand image URLs. The newest signs; every key stays valid for
/// checking until removed, so rotation never breaks a URL already published.
/// </summary>
public sealed class MediaUrlKeyRecord
{
    /// <summary>Short id carried in each signed URL (<c>k=</c>).</summary>
    public required string Id { get; set; }

    /// <summary>The secret, protected with Data Protection: the database alone cannot forge URLs.</summary>
    public required string ProtectedSecret { get; set; }

    public DateTime CreatedUtc { get; set; }
}
