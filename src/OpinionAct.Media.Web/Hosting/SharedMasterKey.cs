using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// <c>Media:DataProtection:MasterKey</c>: the key ring's master key given by the environment instead of a file, so every
/// node of a cluster can read keys any of them wrote. Messages never repeat the value.
/// </summary>
internal static class SharedMasterKey
{
    public const string Setting = "Media:DataProtection:MasterKey";

    public static byte[] Parse(string value)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(value.Trim());
        }
        catch (FormatException)
        {
            key = [];
        }

        return key.Length == MasterKeyFile.KeyBytes
            ? key
            : throw new MediaValidationException($"{Setting} is not a base64 256-bit key: set it to 32 random bytes in base64 (for example from 'openssl rand -base64 32'), the same on every node.");
    }
}
