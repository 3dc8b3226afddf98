namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// One email to send through <see cref="ConfirmationOutbox"/>: what it is (<see cref="Kind"/>: a consent's confirmation,
/// or another module's <see cref="IOutboxMail"/>), the row it is about, and which attempt this is.
/// </summary>
public sealed record ConfirmationMailJob(string Tenant, int ConsentId, int Attempt, string Kind = ConfirmationMailJob.Consent)
{
    /// <summary>The double opt-in of a consent record (<see cref="ConfirmationMailer"/>); <see cref="ConsentId"/> is its id.</summary>
    public const string Consent = "consent";
}
