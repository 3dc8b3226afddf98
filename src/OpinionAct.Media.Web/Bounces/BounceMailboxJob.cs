using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>
/// The bounce mailbox job of <see cref="TenantWorkScheduler"/>: due every <see cref="BounceOptions.PollInterval"/> for
/// a tenant with a mailbox and at once when its settings are saved. A node starting does not look at every tenant for a
/// mailbox (that opened each hub's database once per start, most of a thousand-tenant node's idle CPU for five
/// minutes): a tenant with a mailbox always has a poll due, and the scheduler keeps the tenant table's next-work time at
/// or before it, so a restart or another node resumes from there. A leader job: on a cluster only the node holding the
/// job lease reads (docs/scale-out.md); even so two readers could not count a bounce twice, since a batch is recorded
/// only by the node that moves the progress mark.
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
}
