using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Pipeline;

/// <summary>
/// Copies an upload to a temporary file that deletes itself when closed, counting bytes as they arrive:
/// past the limit it stops reading and refuses, so no upload is ever buffered beyond the limit, in memory
/// or on disk.
/// </summary>
internal static class UploadSpool
{
    private const int BufferSize = 81920;

    /// <summary>Copies <paramref name="source"/> into a new file of <paramref name="folder"/>, reading at most <paramref name="maxBytes"/> plus one buffer.</summary>
    public static async Task<FileStream> CopyAsync(Stream source, long maxBytes, string folder, CancellationToken cancellationToken)
    {
        var spool = NewFile(folder, "upload-");
        try
        {
            var buffer = new byte[BufferSize];
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > maxBytes)
                {
                    throw new MediaValidationException($"The file is larger than the limit of {MediaSizes.Describe(maxBytes)}.");
                }

                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }

            if (total == 0)
            {
                throw new MediaValidationException("The file is empty.");
            }

            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    /// <summary>A new, empty file in <paramref name="folder"/> that deletes itself when closed.</summary>
    public static FileStream NewFile(string folder, string prefix)
    {
        Directory.CreateDirectory(folder);
        return new FileStream(
            Path.Combine(folder, prefix + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            BufferSize,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    }
}
