namespace OpinionAct.Media.Syndication;

/// <summary>Where an article offered to an allied hub stands.</summary>
public enum OfferState
{
    /// <summary>Waiting for the ally's editors.</summary>
    Offered = 0,

    /// <summary>Republished on the ally; the copy follows the original while the alliance lasts.</summary>
    Accepted = 1,

    Declined = 2,

    /// <summary>The original was deleted: a waiting offer can no longer be accepted, an accepted copy is unpublished.</summary>
    OriginalDeleted = 3,

    /// <summary>The alliance ended before the ally decided.</summary>
    AllianceEnded = 4,
}
