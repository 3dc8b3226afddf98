using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>The subscribers page's figures: counts, and the most recently suppressed addresses (at most 50).</summary>
public sealed record SubscriberOverview(int Total, int Confirmed, int SuppressedCount, IReadOnlyList<SubscriberRecord> Suppressed);
