using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Password reset tokens for both kinds of accounts, in the manner of Identity's data-protection tokens:
/// the creation time, the account id, the purpose and the account's security stamp, encrypted and signed
/// with Data Protection. A reset changes the stamp, so the link (and every earlier one) stops working; a
/// token older than <see cref="AccountsOptions.ResetLifetime"/> by the injected clock is refused.
/// One type serves both user types because Identity's options, and so provider names, are shared by every
/// <see cref="UserManager{TUser}"/> of the process.
/// </summary>
public sealed class AccountTokenProvider(IDataProtectionProvider protection, IOptions<AccountsOptions> options, TimeProvider clock)
    : IUserTwoFactorTokenProvider<TenantUser>, IUserTwoFactorTokenProvider<AgencyUser>
{
    public const string Name = "MediaAccounts";

    public Task<string> GenerateAsync(string purpose, UserManager<TenantUser> manager, TenantUser user) => GenerateCoreAsync("editor:" + purpose, manager, user);

    public Task<bool> ValidateAsync(string purpose, string token, UserManager<TenantUser> manager, TenantUser user) => ValidateCoreAsync("editor:" + purpose, token, manager, user);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<TenantUser> manager, TenantUser user) => Task.FromResult(false);

    public Task<string> GenerateAsync(string purpose, UserManager<AgencyUser> manager, AgencyUser user) => GenerateCoreAsync("agency:" + purpose, manager, user);

    public Task<bool> ValidateAsync(string purpose, string token, UserManager<AgencyUser> manager, AgencyUser user) => ValidateCoreAsync("agency:" + purpose, token, manager, user);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AgencyUser> manager, AgencyUser user) => Task.FromResult(false);

    private IDataProtector Protector => protection.CreateProtector("OpinionAct.Media.Accounts.Tokens");

    private async Task<string> GenerateCoreAsync<TUser>(string purpose, UserManager<TUser> manager, TUser user)
        where TUser : class
    {
        var payload = Encoding.UTF8.GetBytes($"{await manager.GetUserIdAsync(user)}\n{purpose}\n{await manager.GetSecurityStampAsync(user)}");
        var bytes = new byte[8 + payload.Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, clock.GetUtcNow().UtcTicks);
        payload.CopyTo(bytes, 8);
        return System.Buffers.Text.Base64Url.EncodeToString(Protector.Protect(bytes));
    }

    private async Task<bool> ValidateCoreAsync<TUser>(string purpose, string token, UserManager<TUser> manager, TUser user)
        where TUser : class
    {
        byte[] bytes;
        try
        {
            bytes = Protector.Unprotect(System.Buffers.Text.Base64Url.DecodeFromChars(token));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }

        if (bytes.Length < 8)
        {
            return false;
        }

        var created = new DateTimeOffset(BinaryPrimitives.ReadInt64BigEndian(bytes), TimeSpan.Zero);
        if (created + options.Value.ResetLifetime < clock.GetUtcNow())
        {
            return false;
        }

        var expected = $"{await manager.GetUserIdAsync(user)}\n{purpose}\n{await manager.GetSecurityStampAsync(user)}";
        return CryptographicOperations.FixedTimeEquals(bytes.AsSpan(8), Encoding.UTF8.GetBytes(expected));
    }
}
