namespace OpinionAct.Media.Web.MediaLibrary.Storage;

/// <summary>The one shape a master's name may have, whatever the storage: a SHA-256 in lowercase hexadecimal.</summary>
internal static class MediaHashes
{
    public static void Check(string hash)
    {
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("A media hash is 64 lowercase hexadecimal digits.", nameof(hash));
        }
    }
}
