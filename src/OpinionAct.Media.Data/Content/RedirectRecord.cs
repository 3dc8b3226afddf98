namespace OpinionAct.Media.Data.Content;

/// <summary>A permanent redirect from an old path to a new one, answered with 301.</summary>
public sealed class RedirectRecord
{
    public int Id { get; set; }

    /// <summary>Site-relative path without leading slash.</summary>
    public required string FromPath { get; set; }

    /// <summary>Site-relative path or absolute URL.</summary>
    public required string ToUrl { get; set; }

    public DateTime CreatedUtc { get; set; }
}
