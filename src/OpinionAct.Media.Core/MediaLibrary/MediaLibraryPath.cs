namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// The path an item has in the library (Orchard Core's <c>TargetPath</c>, such as <c>blog/cover.jpg</c>), which
/// content reaches as <c>/media/blog/cover.jpg</c>: forward slashes, no leading slash, no empty, <c>.</c> or
/// <c>..</c> segment, no control characters, at most <see cref="MaxLength"/> characters.
/// </summary>
public static class MediaLibraryPath
{
    public const int MaxLength = 400;

    /// <summary>The path in its one spelling, or null with <paramref name="error"/> saying why it is not one.</summary>
    public static string? Normalize(string? path, out string? error)
    {
        var text = (path ?? string.Empty).Trim().Replace('\\', '/').TrimStart('/');
        error = null;
        if (text.Length == 0)
        {
            error = "a TargetPath is required (such as blog/cover.jpg)";
        }
        else if (text.Length > MaxLength)
        {
            error = $"a TargetPath has at most {MaxLength} characters";
        }
        else if (text.Any(char.IsControl))
        {
            error = "a TargetPath cannot hold control characters";
        }
        else if (text.Split('/').Any(segment => segment is "" or "." or ".."))
        {
            error = $"'{text}' is not a library path: no empty, '.' or '..' segment (such as blog/cover.jpg)";
        }

        return error is null ? text : null;
    }

    /// <summary>
    /// The library path a content reference names: <c>/media/blog/cover.jpg</c> or Orchard's <c>~/media/blog/cover.jpg</c>
    /// (query and fragment dropped, %-escapes decoded); null for anything else.
    /// </summary>
    public static string? FromReference(string url)
    {
        var text = url.Trim();
        text = text.StartsWith("~/", StringComparison.Ordinal) ? text[1..] : text;
        if (!text.StartsWith("/media/", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        text = text["/media/".Length..];
        var end = text.IndexOfAny(['?', '#']);
        text = end >= 0 ? text[..end] : text;
        try
        {
            text = Uri.UnescapeDataString(text);
        }
        catch (UriFormatException)
        {
            return null;
        }

        return Normalize(text, out _);
    }
}
