namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// Writes a file under a temporary name beside it and moves it into place only when the writer finished, so an
/// export or backup that fails (a full disk, a refused tenant, Ctrl+C) never leaves a truncated file under the
/// name asked for, nor replaces a good one.
/// </summary>
internal static class PartialFile
{
    public static async Task<T> WriteAsync<T>(string path, Func<Stream, Task<T>> write)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new MediaValidationException($"The folder '{folder}' does not exist.");
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        try
        {
            T result;
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous))
            {
                result = await write(stream);
                await stream.FlushAsync();
            }

            File.Move(temporary, full, overwrite: true);
            return result;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
