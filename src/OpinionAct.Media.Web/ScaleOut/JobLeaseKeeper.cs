using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.ScaleOut;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// A cluster member's hold on the job lease: one dedicated PostgreSQL session per node. A follower tries
/// <c>pg_try_advisory_lock</c> every <see cref="JobLeaseOptions.RetryInterval"/>; the leader watches its session (the
/// server closing it is seen at once) and checks every interval that it still holds the lock. The lock dies with the
/// leader's session, so a killed leader's work moves within about one interval. Nothing runs on a lone node.
/// </summary>
internal sealed class JobLeaseKeeper(
    JobLeases leases,
    TimeProvider clock,
    IOptions<MediaOptions> media,
    IOptions<JobLeaseOptions> options,
    ILogger<JobLeaseKeeper> logger) : BackgroundService
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private AdvisoryLockSession? _session;
    private bool _unreachableLogged;
    private bool _followingLogged;
    private DateTimeOffset _lastPurge = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!leases.Required)
        {
            return;
        }

        var interval = options.Value.RetryInterval;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (leases.IsLeading)
                    {
                        await KeepAsync(interval, stoppingToken);
                    }
                    else
                    {
                        await TryTakeAsync(stoppingToken);
                        await Task.Delay(interval, clock, stoppingToken);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    // The session is gone (terminated, server down, network): the lock with it, if it was held. A node
                    // that just lost it waits one more interval, so a follower whose session is healthy takes it first.
                    var wasLeading = leases.IsLeading;
                    leases.Lose("its PostgreSQL session ended");
                    await CloseAsync();
                    if (!_unreachableLogged)
                    {
                        logger.JobLeaseUnreachable(ex, leases.NodeName, interval);
                        _unreachableLogged = true;
                    }

                    await Task.Delay(wasLeading ? interval * 2 : interval, clock, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: closing the session below frees the lock for the next leader at once.
        }
        finally
        {
            leases.Lose("the node is stopping");
            await CloseAsync();
        }
    }

    private async Task TryTakeAsync(CancellationToken stoppingToken)
    {
        _session ??= await AdvisoryLockSession.OpenAsync(media.Value.Database.ConnectionString!, "media-lease:" + leases.NodeName, stoppingToken);
        _unreachableLogged = false;
        if (await _session.TryLockAsync(JobLeases.LeaseKey, stoppingToken))
        {
            _followingLogged = false;
            leases.Take();
        }
        else if (!_followingLogged)
        {
            logger.JobLeaseFollowing(leases.NodeName);
            _followingLogged = true;
        }
    }

    private async Task KeepAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        var session = _session!;

        // Returns at the interval, or throws as soon as the server closes the session.
        await session.WatchAsync(interval, stoppingToken);
        if (!await session.HoldsAsync(JobLeases.LeaseKey, stoppingToken))
        {
            leases.Lose("the lock is no longer held by its session");
            await CloseAsync();
            return;
        }

        if (clock.GetUtcNow() - _lastPurge >= PurgeEvery)
        {
            _lastPurge = clock.GetUtcNow();
            await PurgeRunsAsync(stoppingToken);
        }
    }

    private async Task PurgeRunsAsync(CancellationToken stoppingToken)
    {
        try
        {
            var retention = options.Value.RunRetention;
            var purged = await leases.PurgeRunsAsync(retention, stoppingToken);
            if (purged > 0)
            {
                logger.BackgroundRunsPurged(leases.NodeName, purged, retention);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.BackgroundRunsPurgeFailed(ex, leases.NodeName);
        }
    }

    private async Task CloseAsync()
    {
        if (_session is { } session)
        {
            _session = null;
            await session.DisposeAsync();
        }
    }
}
