namespace OpinionAct.Media.Data.Newsletters;

/// <summary>A queue row leased by this worker: who to mail, and until when the lease holds (Unix ms).</summary>
public sealed record ClaimedDelivery(long Id, int SubscriberId, string Email, int Attempts, long LeaseUntil);
