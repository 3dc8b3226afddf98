using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Subscriptions;

/// <summary>How many subscriptions of one newsletter are in one state.</summary>
public sealed record SubscriptionCount(int NewsletterId, SubscriptionState State, int Count);
