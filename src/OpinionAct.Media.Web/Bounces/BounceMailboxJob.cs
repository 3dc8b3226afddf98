using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// The bounce mailbox job of <see cref="TenantWorkScheduler"/>: due every <see cref="BounceOptions.PollInterval"/> for
/// a tenant with a mailbox, at once when its settings are saved, and first within one interval of a node's start
/// (spread by the tenant's name). A tenant without a mailbox is looked at once after start and then left alone until
/// its settings are saved. A leader job: on a cluster only the node holding the job lease reads (docs/scale-out.md);
/// even so two readers could not count a bounce twice, since a batch is recorded only by the node that moves the
/// progress mark.
/// </summary>
public sealed class BounceMailboxJob(IServiceProvider services, BounceMailbox mailbox, TenantActivator activator, TimeProvider clock, IOptions<BounceOptions> options) : ITenantJob
{
    /// <summary>The job's kind in the due-time index.</summary>
    public const string JobKind = "bounces";

    public string Kind => JobKind;

    public bool Enabled => options.Value.Enabled;

    /// <inheritdoc />
    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await activator.EnsureActivatedAsync(tenant.Name);
        await using (var scope = services.CreateTenantScope(tenant))
        {
            if ((await scope.ServiceProvider.GetRequiredService<BounceStore>().GetSettingsAsync(cancellationToken)).ImapHost is null)
            {
                return null;
            }
        }

        // Errors are in the summary (and on the admin page); the next pass retries either way.
        await mailbox.RunAsync(tenant, afterBatch: null, cancellationToken);
        return clock.GetUtcNow() + options.Value.PollInterval;
    }

    /// <summary>Within one poll interval of this node's start, spread by the tenant's name.</summary>
    public DateTimeOffset? FirstDue(TenantDescriptor tenant, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var seconds = Math.Max(1, (long)options.Value.PollInterval.TotalSeconds);
        return now + TimeSpan.FromSeconds((uint)StringComparer.Ordinal.GetHashCode(tenant.Name) % seconds);
    }
}
