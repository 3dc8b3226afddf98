namespace OpinionAct.Media.Data.Newsletters;

public enum SubscriptionState
{
    /// <summary>Asked for, not yet confirmed by following the emailed link: never mailed an issue.</summary>
    Pending = 0,
    Confirmed = 1,
    Unsubscribed = 2,
}
