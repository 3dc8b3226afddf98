using Microsoft.AspNetCore.Identity;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// The password check both sign-ins share: exactly one password hash is verified whether the account
/// exists or not, so an unknown email answers in the time a wrong password does.
/// </summary>
public static class PasswordSignIn
{
    private static readonly PasswordHasher<object> Hasher = new();
    private static readonly Lazy<string> DummyHash = new(() => Hasher.HashPassword(new object(), Guid.NewGuid().ToString()));

    /// <summary>The account, or null when the email is unknown or the password wrong.</summary>
    public static async Task<TUser?> CheckAsync<TUser>(UserManager<TUser> users, string? email, string? password)
        where TUser : class
    {
        email = email?.Trim() ?? string.Empty;
        password ??= string.Empty;
        var user = email.Length == 0 || email.Length > 256 ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            Hasher.VerifyHashedPassword(new object(), DummyHash.Value, password);
            return null;
        }

        return password.Length > 0 && await users.CheckPasswordAsync(user, password) ? user : null;
    }
}
