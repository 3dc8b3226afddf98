using System.Text.RegularExpressions;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Syndication;

/// <summary>
/// The body and cover an ally can show. <c>media:</c> references name items of the original hub's library, which the
/// ally does not have (and must not read): those images are left out, the rest of the Markdown is carried as is.
/// </summary>
public static partial class SyndicatedBody
{
    public static string Clean(string markdown) => LibraryImage().Replace(markdown, string.Empty);

    /// <summary>The cover when it is an absolute http(s) URL; null for a library item or nothing.</summary>
    public static string? Cover(string? cover) =>
        cover is { Length: > 0 } && MediaReference.Parse(cover) is null
        && Uri.TryCreate(cover, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? cover
            : null;

    [GeneratedRegex(@"!\[[^\]]*\]\(\s*media:\d+[^)]*\)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex LibraryImage();
}
