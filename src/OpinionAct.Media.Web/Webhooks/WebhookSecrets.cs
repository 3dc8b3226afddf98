using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace OpinionAct.Media.Web.Webhooks;

/// <summary>
/// Hook secrets: generated here (<c>whsec_</c> and 32 random bytes), shown once, and stored encrypted with Data
/// Protection under a purpose naming the tenant, so a secret copied into another hub's database does not decrypt.
/// </summary>
public sealed class WebhookSecrets(IDataProtectionProvider protection)
{
    public static string NewSecret() => "whsec_" + WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public string Protect(string tenant, string secret) => Protector(tenant).Protect(secret);

    public string Unprotect(string tenant, string protectedSecret) => Protector(tenant).Unprotect(protectedSecret);

    private IDataProtector Protector(string tenant) => protection.CreateProtector("OpinionAct.Media.Webhooks.Secret", tenant);
}
