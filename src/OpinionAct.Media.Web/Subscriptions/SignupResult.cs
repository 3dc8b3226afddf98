namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// What a signup did. Callers must never tell the requester which case happened (that would reveal
/// whether the address is known); it is for logging, tests and for sending the confirmation email.
/// </summary>
public sealed record SignupResult(SignupOutcome Outcome, int? ConsentToMail = null);
