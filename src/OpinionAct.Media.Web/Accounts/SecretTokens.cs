using System.Security.Cryptography;
using System.Text;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>Random link tokens and the hash that is stored instead of them (a token is 256 random bits: a plain SHA-256 is enough).</summary>
public static class SecretTokens
{
    public static string Create() => System.Buffers.Text.Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>Lower-case hex SHA-256 of the token as received; anything of an unlikely length hashes to a value no row holds.</summary>
    public static string Hash(string? token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token is { Length: <= 200 } ? token : string.Empty)));
}
