using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Data.Subscriptions;

/// <summary>Everything stored about one subscriber: subscriptions (with their newsletter), consents and delivery reports, oldest first.</summary>
public sealed record SubscriberHistory(SubscriberRecord Subscriber, IReadOnlyList<SubscriberConsentRecord> Consents, IReadOnlyList<DeliveryReportRecord> Reports);
