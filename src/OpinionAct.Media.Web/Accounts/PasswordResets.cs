using Microsoft.AspNetCore.Identity;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>The reset step both sign-ins share: check the link's token, then set the password (Identity changes the security stamp, so the link and every signed-in session stop working).</summary>
public static class PasswordResets
{
    /// <summary>What a reset attempt came to: done, a link that does not work (unknown address, wrong, used or expired token), or password errors.</summary>
    public enum Outcome
    {
        Done,
        BadLink,
        BadPassword,
    }

    public static async Task<(Outcome Outcome, IReadOnlyList<string> Errors)> ResetAsync<TUser>(UserManager<TUser> users, string? email, string? token, string? password)
        where TUser : class
    {
        var user = string.IsNullOrWhiteSpace(email) || email.Length > 256 ? null : await users.FindByEmailAsync(email.Trim());
        if (user is null || string.IsNullOrEmpty(token)
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<TUser>.ResetPasswordTokenPurpose, token))
        {
            return (Outcome.BadLink, []);
        }

        var result = await users.ResetPasswordAsync(user, token, password ?? string.Empty);
        return result.Succeeded
            ? (Outcome.Done, [])
            : result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? (Outcome.BadLink, [])
                : (Outcome.BadPassword, result.Errors.Select(e => e.Description).ToList());
    }
}
