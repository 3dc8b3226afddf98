using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// An editor's password check: <see cref="User"/> is null when the email is unknown or the password wrong;
/// <see cref="HasRole"/> is false when the account has no editor role on this hub; <see cref="Disabled"/> is true when
/// the password was right but the account is disabled (by the hub's Admin or the agency).
/// </summary>
public sealed record EditorSignInResult(TenantUser? User, bool HasRole, bool Disabled = false)
{
    public string? UserId => User?.Id;
}
