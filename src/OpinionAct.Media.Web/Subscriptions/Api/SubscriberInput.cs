namespace OpinionAct.Media.Web.Subscriptions.Api;

/// <summary>
/// A person to subscribe, with the proof of their consent: the text they agreed to and where (<c>source</c>,
/// such as "partner signup form, https://partner.example/lettre"). With <c>doubleOptIn</c> the hub emails them a
/// confirmation link and they stay pending until they follow it; without it, <c>consentedAt</c> (default: now)
/// records when they agreed and the subscription is confirmed.
/// </summary>
public sealed record SubscriberInput(string? Email, IReadOnlyList<string?>? Newsletters, string? ConsentText, string? Source, DateTimeOffset? ConsentedAt, bool? DoubleOptIn);
