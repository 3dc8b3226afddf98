using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Subscriptions;

/// <summary>The subscribers page's figures: all subscribers, those with a confirmed subscription, the suppressed ones and the latest of them.</summary>
public sealed record SubscriberOverview(int Total, int Confirmed, int SuppressedCount, IReadOnlyList<SubscriberRecord> LatestSuppressed);
