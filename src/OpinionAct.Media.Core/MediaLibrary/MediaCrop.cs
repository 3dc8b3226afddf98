namespace OpinionAct.Media.MediaLibrary;

/// <summary>The shapes a variant can take; every crop centres on the item's focal point.</summary>
public enum MediaCrop
{
    /// <summary>The whole image, scaled to a width.</summary>
    None = 0,

    /// <summary>1:1, for avatars and cards.</summary>
    Square = 1,

    /// <summary>16:9, for covers in lists.</summary>
    Wide = 2,

    /// <summary>1200 × 630 (1.91:1), what OpenGraph and Twitter cards show.</summary>
    OpenGraph = 3,
}
