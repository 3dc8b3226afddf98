using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Accounts;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// TOTP second factor for one kind of account (hub editors or agency staff): the authenticator key kept by
/// Identity's store, codes checked with <see cref="Totp"/> against the injected clock, and a code's time step
/// remembered so the same code, or an older one, is refused (replay). Recovery codes are stored hashed
/// (SHA-256 of the normalised code) in Identity's recovery code store, and each works once.
/// </summary>
/// <remarks>
/// The key and the flag are written through the store, not through UserManager's helpers, which change the
/// security stamp and so would sign out the very session that is enrolling.
/// </remarks>
public sealed class TwoFactor<TUser>(UserManager<TUser> users, IUserStore<TUser> store, TimeProvider clock)
    where TUser : IdentityUser, ITotpUser
{
    public const int RecoveryCodeCount = 10;

    private IUserAuthenticatorKeyStore<TUser> Keys => (IUserAuthenticatorKeyStore<TUser>)store;

    private IUserTwoFactorRecoveryCodeStore<TUser> Codes => (IUserTwoFactorRecoveryCodeStore<TUser>)store;

    /// <summary>The account's authenticator key, or null before enrolment started.</summary>
    public Task<string?> KeyAsync(TUser user) => Keys.GetAuthenticatorKeyAsync(user, CancellationToken.None);

    /// <summary>A new key (not yet enabled: a code made with it must be confirmed first).</summary>
    public async Task<string> NewKeyAsync(TUser user)
    {
        var key = users.GenerateNewAuthenticatorKey();
        await Keys.SetAuthenticatorKeyAsync(user, key, CancellationToken.None);
        user.TotpLastStep = null;
        await users.UpdateAsync(user);
        return key;
    }

    /// <summary>
    /// True when <paramref name="code"/> is the key's code for now (or one step either side) and its step is
    /// later than the last one accepted; the step is then saved, so the code cannot be used again.
    /// </summary>
    public async Task<bool> VerifyCodeAsync(TUser user, string? code)
    {
        var key = await KeyAsync(user);
        if (key is null || Totp.Match(key, code, clock.GetUtcNow()) is not { } step || step <= (user.TotpLastStep ?? long.MinValue))
        {
            return false;
        }

        // UpdateAsync checks the concurrency stamp: of two requests with the same code, only one saves.
        user.TotpLastStep = step;
        return (await users.UpdateAsync(user)).Succeeded;
    }

    /// <summary>Turns the second factor on and returns new recovery codes, to show once.</summary>
    public async Task<IReadOnlyList<string>> EnableAsync(TUser user)
    {
        user.TwoFactorEnabled = true;
        var codes = Enumerable.Range(0, RecoveryCodeCount).Select(_ => NewRecoveryCode()).ToList();
        await Codes.ReplaceCodesAsync(user, codes.Select(Hash), CancellationToken.None);
        await users.UpdateAsync(user);
        return codes;
    }

    /// <summary>Uses up one recovery code; false when it is not one of the account's remaining codes.</summary>
    public async Task<bool> RedeemRecoveryCodeAsync(TUser user, string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 50 && (await users.RedeemTwoFactorRecoveryCodeAsync(user, Hash(code))).Succeeded;

    public Task<int> RecoveryCodesLeftAsync(TUser user) => users.CountRecoveryCodesAsync(user);

    /// <summary>Turns the second factor off and forgets the key and the recovery codes.</summary>
    public async Task DisableAsync(TUser user)
    {
        user.TwoFactorEnabled = false;
        user.TotpLastStep = null;
        await Keys.SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None);
        await Codes.ReplaceCodesAsync(user, [], CancellationToken.None);
        await users.UpdateAsync(user);
    }

    /// <summary>10 characters from an alphabet without look-alikes, shown as two groups of 5.</summary>
    private static string NewRecoveryCode()
    {
        var code = RandomNumberGenerator.GetString("abcdefghjkmnpqrstuvwxyz23456789", 10);
        return $"{code[..5]}-{code[5..]}";
    }

    private static string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim().Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant())));
}
