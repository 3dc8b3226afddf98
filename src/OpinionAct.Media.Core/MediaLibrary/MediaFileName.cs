using OpinionAct.Media.Content;

namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// Turns the name an upload arrived with into the name the library shows and uses in paths: the last
/// segment only (no <c>../</c>, no folders), accents folded, no control or reserved characters, at most
/// <see cref="MaxLength"/> characters, and the extension of the format the bytes really are.
/// </summary>
public static class MediaFileName
{
    public const int MaxLength = 100;

    public static string Clean(string? uploaded, MediaFormat format)
    {
        var name = (uploaded ?? string.Empty).Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot > 0)
        {
            name = name[..dot];
        }

        var extension = "." + format.Extension();
        var stem = Slugs.From(name, MaxLength - extension.Length);
        return (stem.Length == 0 ? "image" : stem) + extension;
    }
}
