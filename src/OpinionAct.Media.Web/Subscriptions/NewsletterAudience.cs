using OpinionAct.Media.Data.Newsletters;

namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>A newsletter with how many subscriptions to it are confirmed and pending.</summary>
public sealed record NewsletterAudience(NewsletterRecord Newsletter, int Confirmed, int Pending);
