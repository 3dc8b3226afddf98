namespace OpinionAct.Media.Web.Bounces;

/// <summary>Why a message of the bounce mailbox led to nothing being recorded (logged with its UID, never an address).</summary>
internal enum BounceNote
{
    Malformed,
    Refused,
    Unmatched,
}
