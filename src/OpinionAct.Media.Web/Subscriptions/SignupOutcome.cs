namespace OpinionAct.Media.Web.Subscriptions;

public enum SignupOutcome
{
    /// <summary>Subscriptions are pending and a confirmation email is due (<see cref="SignupResult.ConsentToMail"/>).</summary>
    ConfirmationDue,
    /// <summary>Subscriptions are pending, but a confirmation was sent within the resend interval: no second email.</summary>
    ConfirmationRecentlySent,
    /// <summary>Every newsletter asked for is already confirmed: nothing to do.</summary>
    AlreadyConfirmed,
    /// <summary>The address is suppressed (bounced or complained): never mailed again.</summary>
    Suppressed,
}
