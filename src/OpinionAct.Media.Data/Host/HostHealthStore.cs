namespace OpinionAct.Media.Data.Host;

/// <summary>Whether the host database answers, for the readiness check.</summary>
public sealed class HostHealthStore(HostDbContext db)
{
    public Task<bool> CanConnectAsync(CancellationToken cancellationToken) => db.Database.CanConnectAsync(cancellationToken);
}
