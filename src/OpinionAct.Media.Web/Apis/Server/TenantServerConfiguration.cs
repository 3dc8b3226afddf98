using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Server;

namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>
/// Puts the current tenant's issuer and keys into the server options being built (before OpenIddict's own
/// checks, which need a signing key). The signing key comes first: OpenIddict signs with it.
/// </summary>
internal sealed class TenantServerConfiguration(IHttpContextAccessor http) : IConfigureOptions<OpenIddictServerOptions>
{
    private static readonly Lazy<ApiServerFeature> Dormant = new(() => new ApiServerFeature(
        new Uri("http://localhost/.dormant/"),
        new Keys.TenantApiKeys(
            "(none)",
            [new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "dormant" }],
            [new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)) { KeyId = "dormant-enc" }],
            "dormant",
            DateTime.MinValue)));

    public void Configure(OpenIddictServerOptions options)
    {
        // Outside an API request (the console authenticates every request, which wakes OpenIddict's handler
        // without reaching any of its endpoints) the options still need keys to be valid: a throwaway set that
        // no endpoint can publish or use, since every OpenID path goes through ApiServerMiddleware first.
        var feature = http.HttpContext?.Features.Get<ApiServerFeature>() ?? Dormant.Value;

        options.Issuer = feature.Issuer;
        foreach (var key in feature.Keys.Signing)
        {
            options.SigningCredentials.Add(new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
        }

        foreach (var key in feature.Keys.Encryption)
        {
            options.EncryptionCredentials.Add(new EncryptingCredentials((SymmetricSecurityKey)key, SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        }
    }
}
