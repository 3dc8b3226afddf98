using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;

namespace OpinionAct.Media.Web.MediaLibrary.Storage;

/// <summary>
/// A cluster member's masters, in the <c>MediaOriginals</c> table of each tenant's own schema: every node reads what
/// any node stored, and isolation is the schema, as for every other row of the tenant. Nothing is written under the
/// node's data folder but a self-deleting spool file when the bytes arrive as a stream of unknown length (a restore).
/// </summary>
internal sealed class PostgresMediaStorage(
    MediaOriginalStore originals, MediaIngest ingest, TimeProvider clock, IOptions<MediaOptions> options, ILogger<PostgresMediaStorage> logger) : IMediaStorage
{
    private readonly string _node = NodeNames.Resolve(options.Value.NodeName);

    public bool InTenantDatabase => true;

    public async Task PutAsync(string tenant, string hash, MediaFormat format, Stream content, CancellationToken cancellationToken)
    {
        MediaHashes.Check(hash);

        // Checked first so a second upload of the same file (or a recipe run again) sends nothing to the server.
        if (await originals.ExistsAsync(tenant, hash, cancellationToken))
        {
            return;
        }

        if (content.CanSeek)
        {
            await originals.PutAsync(tenant, hash, (int)format, content, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        else
        {
            // The driver needs the length before the bytes; a stream that cannot tell it would be buffered in memory.
            await using var spool = UploadSpool.NewFile(ingest.SpoolFolder, "original-");
            await content.CopyToAsync(spool, cancellationToken);
            spool.Position = 0;
            await originals.PutAsync(tenant, hash, (int)format, spool, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        logger.OriginalStored(tenant, hash[..16], _node);
    }

    public Task<Stream?> OpenAsync(string tenant, string hash, MediaFormat format, CancellationToken cancellationToken)
    {
        MediaHashes.Check(hash);
        return originals.OpenReadAsync(tenant, hash, (int)format, cancellationToken);
    }

    public async Task DeleteAsync(string tenant, string hash, MediaFormat format, CancellationToken cancellationToken)
    {
        MediaHashes.Check(hash);
        await originals.DeleteAsync(tenant, hash, cancellationToken);
        logger.OriginalDeleted(tenant, hash[..16], _node);
    }
}
