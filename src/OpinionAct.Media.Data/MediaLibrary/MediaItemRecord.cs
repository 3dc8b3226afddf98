namespace OpinionAct.Media.Data.MediaLibrary;

/// <summary>
/// One image of a tenant's library. The file itself is the re-encoded master, stored by its content hash
/// (<see cref="Hash"/>); replacing the file keeps the id, so every page that uses the item follows.
/// </summary>
public sealed class MediaItemRecord
{
    /// <summary>Longest alt text, caption and tag list.</summary>
    public const int TextLength = 500;

    public int Id { get; set; }

    /// <summary>SHA-256 of the master's bytes, lowercase hex: its address in the media storage.</summary>
    public required string Hash { get; set; }

    /// <summary>A <c>MediaFormat</c> value: the master's format.</summary>
    public int Format { get; set; }

    public int Width { get; set; }

    public int Height { get; set; }

    /// <summary>Frames of an animation; 1 for a still image.</summary>
    public int Frames { get; set; } = 1;

    /// <summary>Size of the master in bytes (what counts toward the tenant's quota).</summary>
    public long Bytes { get; set; }

    /// <summary>The cleaned name it was uploaded with, shown in the library and used in downloads.</summary>
    public required string FileName { get; set; }

    /// <summary>Where a recipe placed it (Orchard's <c>TargetPath</c>, such as <c>blog/cover.jpg</c>), so content that says <c>/media/blog/cover.jpg</c> finds it.</summary>
    public string? LibraryPath { get; set; }

    /// <summary>Alt text in the tenant's language; required before an article using the item is published, unless <see cref="Decorative"/>.</summary>
    public string? AltText { get; set; }

    /// <summary>The image adds nothing a reader needs (a texture, an ornament): it is shown with an empty alt on purpose.</summary>
    public bool Decorative { get; set; }

    public string? Caption { get; set; }

    /// <summary>Who made it ("Photo: Jeanne Martin / Agence X").</summary>
    public string? Credit { get; set; }

    /// <summary>Under what rights it is used ("CC BY 4.0", "All rights reserved, licensed to the brand").</summary>
    public string? Licence { get; set; }

    /// <summary>Focal point, 0..1 from the left; crops centre on it.</summary>
    public double FocalX { get; set; } = 0.5;

    /// <summary>Focal point, 0..1 from the top.</summary>
    public double FocalY { get; set; } = 0.5;

    /// <summary>Tags as slugs, each wrapped in bars (<c>|energie|chantier|</c>), so one whole tag is one substring match.</summary>
    public string Tags { get; set; } = string.Empty;

    /// <summary>File name, alt text, caption, credit and tags as one slug (<c>pompe-a-chaleur-jeanne-martin</c>): accents and case folded, for the library's search.</summary>
    public string SearchText { get; set; } = string.Empty;

    public string? UploadedBy { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
