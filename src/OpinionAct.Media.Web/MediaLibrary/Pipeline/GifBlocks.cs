namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>Moves through a GIF's block structure without decoding it, for the frame counter and the completeness check alike.</summary>
internal static class GifBlocks
{
    /// <summary>Skips the colour table a logical screen or image descriptor announces in its packed byte, if any.</summary>
    public static void SkipColourTable(Stream stream, byte packed)
    {
        if ((packed & 0x80) != 0)
        {
            stream.Seek(3 * (1 << ((packed & 0x07) + 1)), SeekOrigin.Current);
        }
    }

    /// <summary>Skips data sub-blocks up to their terminator; a file that ends first is a <see cref="EndOfStreamException"/>.</summary>
    public static void SkipSubBlocks(Stream stream)
    {
        int size;
        while ((size = stream.ReadByte()) > 0)
        {
            stream.Seek(size, SeekOrigin.Current);
        }

        if (size < 0 || stream.Position > stream.Length)
        {
            throw new EndOfStreamException();
        }
    }
}
