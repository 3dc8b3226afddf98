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

    public static async Task<FileStream> CopyAsync(Stream source, long maxBytes, CancellationToken cancellationToken)
    {
        var spool = new FileStream(
            Path.Combine(Path.GetTempPath(), "opinionact-upload-" + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew,
            FileAccess.ReadWrite,
            FileShare.None,
            BufferSize,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
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
}
