namespace OpinionAct.Media.Web.MediaLibrary.Usage;

/// <summary>
/// A module's answer to "where is media item N used?". Each module that stores <c>media:N</c> references
/// (content, site settings, newsletters) registers one, so the library never reads other modules' tables.
/// </summary>
public interface IMediaUsageSource
{
    Task<IReadOnlyList<MediaUsage>> FindAsync(int mediaId, CancellationToken cancellationToken);
}
