using System.Security.Cryptography;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The key file that encrypts the key ring when no certificate is configured: 32 random bytes, base64,
/// created once with mode 0600 (owner read/write) where the platform has Unix permissions.
/// </summary>
internal static class MasterKeyFile
{
    public const int KeyBytes = 32;

    public static byte[] LoadOrCreate(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            try
            {
                var created = RandomNumberGenerator.GetBytes(KeyBytes);
                var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using (var stream = new FileStream(path, options))
                using (var writer = new StreamWriter(stream))
                {
                    writer.WriteLine(Convert.ToBase64String(created));
                }

                logger.KeyFileCreated(path);
                return created;
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another process (the CLI, a second node on this folder) created it first: use theirs.
            }
        }

        byte[] key;
        try
        {
            key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
        catch (FormatException)
        {
            key = [];
        }

        return key.Length == KeyBytes
            ? key
            : throw new MediaValidationException($"The data protection key file '{path}' is not a base64 256-bit key; restore it from backup (the key ring cannot be read without it).");
    }
}
