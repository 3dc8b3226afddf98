using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Storage;

/// <summary>
/// Where masters live, addressed by tenant and content hash. The embedded default keeps files under
/// <c>&lt;DataPath&gt;/tenants/&lt;name&gt;/media/</c> (<see cref="FileMediaStorage"/>); a cluster member keeps them in
/// the tenant's PostgreSQL schema (<see cref="PostgresMediaStorage"/>), which every node reads. The mode decides which.
/// Variants never live here: they are a per-node cache (<see cref="Delivery.MediaVariantCache"/>).
/// </summary>
public interface IMediaStorage
{
    /// <summary>Stores a master; storing the same hash again is a no-op. Never leaves a partial file visible.</summary>
    Task PutAsync(string tenant, string hash, MediaFormat format, Stream content, CancellationToken cancellationToken);

    /// <summary>The master's bytes, or null when this tenant has no such file.</summary>
    Task<Stream?> OpenAsync(string tenant, string hash, MediaFormat format, CancellationToken cancellationToken);

    Task DeleteAsync(string tenant, string hash, MediaFormat format, CancellationToken cancellationToken);

    /// <summary>
    /// True when masters live inside the tenant's database (a cluster member's schema): they move with it, so a
    /// restore writes them into the staging database it swaps in, not into the tenant's current one.
    /// </summary>
    bool InTenantDatabase { get; }
}
