namespace OpinionAct.Media.Data.Portability;

/// <summary>The files of a backup archive, as the database dump writes and reads them (the archive and its checksums are the caller's).</summary>
public interface IBackupEntries
{
    Task WriteAsync(string name, bool compress, Func<Stream, Task> write, CancellationToken cancellationToken);

    /// <summary>An entry's content, already checked against the manifest's checksum.</summary>
    Stream Open(string name);
}
