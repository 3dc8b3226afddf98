namespace OpinionAct.Media.Data.MediaLibrary;

/// <summary>
/// A master image of a cluster member's library, in the tenant's own PostgreSQL schema (docs/scale-out.md, "Media"):
/// every node reads it, so a node that never saw the upload still renders the item's variants. Content-addressed like
/// the files of a lone node: one row per distinct file, whatever number of items point at it.
/// </summary>
public sealed class MediaOriginalRecord
{
    /// <summary>SHA-256 of <see cref="Bytes"/>, 64 lowercase hexadecimal digits.</summary>
    public required string Hash { get; set; }

    /// <summary>A <c>MediaFormat</c>, as <c>MediaItemRecord.Format</c> stores it.</summary>
    public int Format { get; set; }

    public long Size { get; set; }

    /// <summary>Never loaded through EF: <see cref="MediaOriginalStore"/> streams it in and out.</summary>
    public required byte[] Bytes { get; set; }

    public DateTime CreatedUtc { get; set; }
}
