namespace OpinionAct.Media.Data.Newsletters;

/// <summary>
/// Proof of consent: what a person asked for (the newsletters, the consent text they were shown),
/// when and how, and when they confirmed it by following the emailed link. One row per request, kept
/// while the subscriber exists. <see cref="Nonce"/> makes the confirmation link single-use: it is set
/// when the email goes out and cleared when the link is followed.
/// </summary>
public sealed class SubscriberConsentRecord
{
    public int Id { get; set; }

    public int SubscriberId { get; set; }

    /// <summary>Slugs of the newsletters asked for, comma-separated, as they were at the time.</summary>
    public required string Newsletters { get; set; }

    public required string ConsentText { get; set; }

    public ConsentSource Source { get; set; }

    public DateTime RequestedUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    /// <summary>Random, unguessable; null once used, or when no confirmation email was sent for this request.</summary>
    public string? Nonce { get; set; }

    /// <summary>When the confirmation email for this request was handed to the mail queue; null when none was due.</summary>
    public DateTime? ConfirmationSentUtc { get; set; }

    /// <summary>When the SMTP server accepted the confirmation email; null until then (a crash leaves it null, and the sweep sends it).</summary>
    public DateTime? ConfirmationMailedUtc { get; set; }

    /// <summary>Send attempts claimed so far; each attempt is claimed by one sender only, and a permanent refusal sets it to the maximum.</summary>
    public int ConfirmationAttempts { get; set; }

    /// <summary>The published article whose page carried the signup form (0: another page, the API, an import); for the insights' attribution.</summary>
    public int ArticleId { get; set; }

    /// <summary>How the reader reached the page of the form (a <c>TrafficSource</c>), for the insights' attribution.</summary>
    public int ReaderSource { get; set; }

    /// <summary>The ambassador whose share link brought the reader to the form's page (0: none), for their figures.</summary>
    public int AmbassadorId { get; set; }

    /// <summary>The re-permission campaign that asked for this confirmation (<see cref="ConsentSource.Repermission"/>), else null.</summary>
    public int? RepermissionCampaignId { get; set; }

    /// <summary>True when this request was counted as an accepted sign-up in <c>AnalyticsSignupDaily</c>, so its confirmation is counted too.</summary>
    public bool CountedSignup { get; set; }
}
