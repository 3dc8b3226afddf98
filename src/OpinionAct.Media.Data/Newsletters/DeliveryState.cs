namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// One recipient's state for one issue. <c>Pending → Sending</c> (leased by a worker) <c>→ Sent | Pending</c>
/// (transient failure, retried later) <c>| Failed</c> (permanent failure or attempts exhausted)
/// <c>| Skipped</c> (suppressed or unsubscribed since queued). See docs/newsletters.md for the crash guarantee.
/// </summary>
public enum DeliveryState
{
    Pending = 0,
    Sending = 1,
    Sent = 2,
    Failed = 3,
    Skipped = 4,
}
