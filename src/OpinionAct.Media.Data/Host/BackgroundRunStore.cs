using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Host;

/// <summary>The record of leader-job runs in the host database, kept short (a day by default).</summary>
public sealed class BackgroundRunStore(MediaDatabase database)
{
    /// <summary>Records that a run starts; returns its id for <see cref="FinishAsync"/>.</summary>
    public async Task<long> StartAsync(string kind, string tenant, string node, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        var run = new BackgroundRunRecord { Kind = kind, Tenant = tenant, Node = node, StartedUtc = at.UtcDateTime };
        db.BackgroundRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        return run.Id;
    }

    public async Task FinishAsync(long id, DateTimeOffset at, string outcome, CancellationToken cancellationToken)
    {
        var finished = at.UtcDateTime;
        await using var db = database.CreateHostContext();
        await db.BackgroundRuns.Where(r => r.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.FinishedUtc, finished).SetProperty(r => r.Outcome, outcome), cancellationToken);
    }

    /// <summary>Deletes runs started before <paramref name="before"/>; returns how many.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var cutoff = before.UtcDateTime;
        await using var db = database.CreateHostContext();
        return await db.BackgroundRuns.Where(r => r.StartedUtc < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The runs of <paramref name="kind"/> (all kinds when null), oldest first: for tests and the cluster script's checks.</summary>
    public async Task<List<BackgroundRunRecord>> ListAsync(string? kind, CancellationToken cancellationToken)
    {
        await using var db = database.CreateHostContext();
        return await db.BackgroundRuns.AsNoTracking()
            .Where(r => kind == null || r.Kind == kind)
            .OrderBy(r => r.StartedUtc).ThenBy(r => r.Id)
            .ToListAsync(cancellationToken);
    }
}
