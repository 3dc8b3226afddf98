namespace OpinionAct.Media.MediaLibrary;

/// <summary>
/// What the library knows of each <see cref="MediaFormat"/>: its file extension, its content type, and
/// how to recognise it from its first bytes. The bytes decide, never a file name or a declared type.
/// </summary>
public static class MediaFormats
{
    /// <summary>Bytes read from the start of a file to recognise its format.</summary>
    public const int SniffLength = 16;

    public static string Extension(this MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "jpg",
        MediaFormat.Png => "png",
        MediaFormat.Gif => "gif",
        MediaFormat.Webp => "webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string ContentType(this MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Png => "image/png",
        MediaFormat.Gif => "image/gif",
        MediaFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format of an extension as written in a URL ("jpg", "jpeg", "png", "gif", "webp"); null for any other.</summary>
    public static MediaFormat? FromExtension(string? extension) => extension?.ToLowerInvariant() switch
    {
        "jpg" or "jpeg" => MediaFormat.Jpeg,
        "png" => MediaFormat.Png,
        "gif" => MediaFormat.Gif,
        "webp" => MediaFormat.Webp,
        _ => null,
    };

    /// <summary>The format whose signature <paramref name="head"/> starts with; null when it is none of ours.</summary>
    public static MediaFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return MediaFormat.Jpeg;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaFormat.Png;
        }

        if (head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8))
        {
            return MediaFormat.Gif;
        }

        if (head.Length >= 12 && head.StartsWith("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFormat.Webp;
        }

        return null;
    }

    /// <summary>
    /// A person's name for what <paramref name="head"/> looks like when it is not an accepted image, for
    /// the refusal message: "an SVG drawing", "an HTML page", "a ZIP archive", "a PDF document".
    /// </summary>
    public static string Describe(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.ASCII.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        if (text.StartsWith("<svg", StringComparison.Ordinal) || text.StartsWith("<?xml", StringComparison.Ordinal))
        {
            return "an SVG or XML document";
        }

        if (text.StartsWith('<'))
        {
            return "an HTML document";
        }

        if (head.StartsWith("PK"u8))
        {
            return "a ZIP archive";
        }

        if (head.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }

        return "not an image we accept";
    }
}
