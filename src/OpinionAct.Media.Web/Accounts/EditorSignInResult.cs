using System.Security.Claims;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// An editor's sign-in check: <see cref="UserId"/> is null when the email is unknown or the password
/// wrong; <see cref="Principal"/> is null when the account has no editor role on this hub.
/// </summary>
public sealed record EditorSignInResult(string? UserId, ClaimsPrincipal? Principal);
