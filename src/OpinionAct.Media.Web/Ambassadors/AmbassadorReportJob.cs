using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>
/// The ambassadors' monthly email, a tenant job: due on the first of each month at 06:00 UTC (and once within a day when a
/// node first sees a tenant, to catch up a month a stopped node missed). It catches the roll-ups up, creates last month's
/// report of every ambassador who had a live link then (unique per ambassador and month: one report, ever), and sends
/// the pending ones, each claimed before it is sent. Transient failures are tried again an hour later, up to
/// <see cref="AmbassadorReportMailer.MaxAttempts"/> attempts.
/// </summary>
internal sealed class AmbassadorReportJob(
    TenantActivator activator,
    AnalyticsRollup rollup,
    IServiceProvider services,
    TimeProvider clock,
    ILogger<AmbassadorReportJob> logger) : ITenantJob
{
    public const string JobKind = "ambassador-reports";

    private static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    public string Kind => JobKind;

    public async Task<DateTimeOffset?> RunAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        var now = clock.GetUtcNow();
        try
        {
            await activator.EnsureActivatedAsync(tenant.Name);
            await using var scope = services.CreateTenantScope(tenant);
            var store = scope.ServiceProvider.GetRequiredService<AmbassadorStore>();
            var reportable = await store.AnyReportableAsync(cancellationToken);
            if (reportable)
            {
                // The month's figures must include every event answered before it ended.
                await rollup.CatchUpAsync(tenant.Name, cancellationToken);
                var month = AmbassadorMonths.PreviousMonth(now);
                if (await store.CreateReportsAsync(month, now.UtcDateTime, cancellationToken) is > 0 and var created)
                {
                    logger.ReportsCreated(tenant.Name, created, month);
                }
            }

            var mailer = scope.ServiceProvider.GetRequiredService<AmbassadorReportMailer>();
            foreach (var report in await store.PendingReportsAsync(500, cancellationToken))
            {
                await mailer.SendAsync(tenant.Name, report, cancellationToken);
            }

            if ((await store.PendingReportsAsync(1, cancellationToken)).Count > 0)
            {
                return now + RetryAfter;
            }

            return reportable ? AmbassadorMonths.NextDue(now) : null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // One tenant's broken database must not stop the others' reports; try again later.
            logger.ReportsJobFailed(ex, tenant.Name);
            return now + RetryAfter;
        }
    }

    /// <summary>
    /// A tenant this node has not seen yet is looked at once within a day, at a time spread by its name (as the analytics
    /// purge does), so a node starting does not open every hub's database at once.
    /// </summary>
    public DateTimeOffset? FirstDue(TenantDescriptor tenant, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return now + TimeSpan.FromSeconds((uint)StringComparer.Ordinal.GetHashCode(tenant.Name) % 86_400);
    }
}
