namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// One password reset email to send, if the address has an account: of a hub's editor (<see cref="Agency"/>
/// false, in <see cref="Tenant"/>) or of agency staff. <see cref="BaseUrl"/> is where the link points (the
/// hub's root, or the console's).
/// </summary>
public sealed record PasswordResetJob(bool Agency, string Tenant, string Email, string BaseUrl);
