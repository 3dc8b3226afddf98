namespace OpinionAct.Media.Data.Syndication;

/// <summary>
/// An article one hub offered to an ally, with the snapshot the ally republishes, in the host database. The original
/// hub writes the snapshot (when offering, and again each time the original changes); the receiving hub reads only the
/// offers addressed to it.
/// </summary>
public sealed class SyndicationOfferRecord
{
    public long Id { get; set; }

    public required string FromTenant { get; set; }

    public required string ToTenant { get; set; }

    /// <summary>The original's id in <see cref="FromTenant"/>'s database (meaningful there only).</summary>
    public int OriginalArticleId { get; set; }

    /// <summary>An <see cref="OpinionAct.Media.Syndication.OfferState"/>.</summary>
    public int State { get; set; }

    /// <summary>The original hub's display name when offered, for the attribution line.</summary>
    public required string OriginHub { get; set; }

    /// <summary>The original's public URL: the copy's canonical link and attribution link.</summary>
    public required string OriginalUrl { get; set; }

    /// <summary>The original hub's public root, so a moved original's URL follows its new path.</summary>
    public required string OriginBaseUrl { get; set; }

    /// <summary>The snapshot as JSON (<see cref="OpinionAct.Media.Syndication.SyndicationSnapshot"/>).</summary>
    public required string SnapshotJson { get; set; }

    public required string Fingerprint { get; set; }

    /// <summary>Bumped each time the snapshot changes.</summary>
    public int SnapshotVersion { get; set; }

    /// <summary>The snapshot version the ally's copy shows; behind <see cref="SnapshotVersion"/> until the ally has it.</summary>
    public int AppliedVersion { get; set; }

    /// <summary>The copy's id in <see cref="ToTenant"/>'s database once accepted (meaningful there only).</summary>
    public int? CopyArticleId { get; set; }

    /// <summary>False once the alliance ended: the copy stays, as a frozen article of the ally, and hears no more.</summary>
    public bool Follows { get; set; } = true;

    public DateTime OfferedUtc { get; set; }

    public string? OfferedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
