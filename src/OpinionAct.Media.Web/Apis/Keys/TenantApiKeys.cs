using Microsoft.IdentityModel.Tokens;

namespace OpinionAct.Media.Web.Apis.Keys;

/// <summary>
/// A tenant's OpenID server keys as this node holds them: <see cref="Signing"/> starts with the key that
/// signs now, followed by keys only published (the next one) or only accepted (the previous ones);
/// <see cref="Encryption"/> likewise. <see cref="Version"/> changes whenever that list does.
/// </summary>
internal sealed record TenantApiKeys(
    string Tenant,
    IReadOnlyList<SecurityKey> Signing,
    IReadOnlyList<SecurityKey> Encryption,
    string Version,
    DateTime LoadedUtc);
