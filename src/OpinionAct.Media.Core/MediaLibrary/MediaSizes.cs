using System.Globalization;

namespace OpinionAct.Media.MediaLibrary;

/// <summary>Byte counts as people read them in messages and the library ("20 MB", "640 KB").</summary>
public static class MediaSizes
{
    public static string Describe(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / (1024d * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
        >= 1024 * 1024 => (bytes / (1024d * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024d).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
