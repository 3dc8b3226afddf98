using OpinionAct.Media.MediaLibrary;
using SixLabors.ImageSharp;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// An upload that passed every check: the decoded, oriented, stripped image (to cut variants from without
/// decoding again), its re-encoded master in a self-deleting temporary file, and what the library records.
/// Disposing it frees the pixels and the decode budget they held.
/// </summary>
internal sealed class IngestedImage(Image image, FileStream master, IDisposable budget) : IDisposable
{
    public Image Image { get; } = image;

    /// <summary>The re-encoded master, positioned at its start; the uploaded bytes are gone.</summary>
    public FileStream Master { get; } = master;

    public required MediaFormat Format { get; init; }

    public required string Hash { get; init; }

    public int Width => Image.Width;

    public int Height => Image.Height;

    public int Frames => Image.Frames.Count;

    public long Bytes => Master.Length;

    public void Dispose()
    {
        Image.Dispose();
        Master.Dispose();
        budget.Dispose();
    }
}
