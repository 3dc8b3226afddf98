namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>One confirmation email to send: the consent record it confirms, and which attempt this is.</summary>
public sealed record ConfirmationMailJob(string Tenant, int ConsentId, int Attempt);
