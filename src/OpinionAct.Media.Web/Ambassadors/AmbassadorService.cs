using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Ambassadors;

/// <summary>The current tenant's ambassadors: creating, revoking, their links and their figures (from the roll-ups only).</summary>
public sealed class AmbassadorService(
    AmbassadorStore store,
    SiteStore site,
    AmbassadorLinks links,
    AmbassadorDirectory directory,
    TenantContext tenant,
    TenantDueIndex work,
    TimeProvider clock,
    ILogger<AmbassadorService> logger)
{
    /// <summary>Every ambassador with their figures over the days <paramref name="from"/>–<paramref name="to"/>, revoked ones last.</summary>
    public async Task<List<AmbassadorRow>> ListAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var ambassadors = await store.ListAsync(ct);
        var figures = (await store.TotalsAsync(from, to, null, ct)).ToDictionary(f => f.AmbassadorId);
        var experts = (await site.ExpertsAsync(ct)).ToDictionary(e => e.Id, e => e.Name);
        return [.. ambassadors.Select(a => new AmbassadorRow(
            a,
            links.ShareUrl(tenant.Tenant.Name, a),
            figures.GetValueOrDefault(a.Id) ?? AmbassadorFigures.None(a.Id),
            a.ExpertId is { } e ? experts.GetValueOrDefault(e) : null))];
    }

    /// <summary>What one ambassador's link brought to each article over the period, most viewed first.</summary>
    public async Task<List<AmbassadorArticleFigures>> ArticlesAsync(int? ambassadorId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var rows = await store.PerArticleAsync(from, to, ambassadorId, ct);
        var articles = (await store.ArticlesAsync([.. rows.Select(r => r.ArticleId).Where(id => id > 0).Distinct()], ct)).ToDictionary(a => a.Id);
        return [.. rows.Select(r => articles.TryGetValue(r.ArticleId, out var a) ? new AmbassadorArticleFigures(r, a.Title, a.Path) : new AmbassadorArticleFigures(r, null, null))];
    }

    public Task<AmbassadorRecord?> FindAsync(int id, CancellationToken ct) => store.FindAsync(id, ct);

    /// <summary>The ambassador's monthly emails, newest month first.</summary>
    public Task<List<AmbassadorReportRecord>> ReportsAsync(int id, CancellationToken ct) => store.ReportsOfAsync(id, ct);

    /// <summary>Creates an ambassador with a fresh secret (their code), after every check; schedules the monthly email.</summary>
    /// <exception cref="MediaValidationException">A missing or malformed field, or an expert that does not exist.</exception>
    public async Task<AmbassadorRecord> CreateAsync(string? name, string? kind, string? email, int? expertId, string? editor, AuditTrail audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var (cleanName, cleanKind, cleanEmail) = AmbassadorRules.Check(name, kind, email);
        if (expertId is { } expert && !await store.ExpertExistsAsync(expert, ct))
        {
            throw new MediaValidationException("The expert chosen for this ambassador does not exist (any more): pick one from the list, or none.");
        }

        var ambassador = new AmbassadorRecord
        {
            Name = cleanName,
            Kind = cleanKind,
            Email = cleanEmail,
            ExpertId = expertId,
            Secret = AmbassadorCode.NewSecret(),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = editor,
        };
        audit.Add(AmbassadorActions.Created, $"ambassador {cleanName}", cleanKind.ToString());
        await store.AddAsync(ambassador, ct);
        directory.Forget(tenant.Tenant.Name);
        logger.AmbassadorCreated(tenant.Tenant.Name, ambassador.Id, editor);
        await ScheduleReportsAsync(ct);
        return ambassador;
    }

    /// <summary>Revokes an ambassador's link: visits through it stop being attributed at once on this node (within 30 s on the others).</summary>
    /// <exception cref="MediaValidationException">No such ambassador, or the link was revoked already.</exception>
    public async Task RevokeAsync(int id, string? editor, AuditTrail audit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(audit);
        var ambassador = await store.FindAsync(id, ct) ?? throw new MediaValidationException("This ambassador does not exist (any more): reload the list.");
        if (!await store.RevokeAsync(id, clock.GetUtcNow().UtcDateTime, ct))
        {
            throw new MediaValidationException("This ambassador's link was already revoked.");
        }

        directory.Forget(tenant.Tenant.Name);
        await audit.RecordAsync(AmbassadorActions.Revoked, $"ambassador {ambassador.Name}", cancellationToken: ct);
        logger.AmbassadorRevoked(tenant.Tenant.Name, id, editor);
    }

    /// <summary>Stops the ambassador's monthly email (their unsubscribe link); false when there is no such ambassador.</summary>
    public async Task<bool> StopReportsAsync(int id, string how, CancellationToken ct)
    {
        if (!await store.StopReportsAsync(id, clock.GetUtcNow().UtcDateTime, ct))
        {
            return false;
        }

        logger.AmbassadorUnsubscribed(tenant.Tenant.Name, id, how);
        return true;
    }

    /// <summary>The monthly job is due at the start of next month for this tenant (durably, so a restart keeps it).</summary>
    private Task ScheduleReportsAsync(CancellationToken ct) =>
        work.ScheduleAsync(tenant.Tenant.Name, AmbassadorReportJob.JobKind, AmbassadorMonths.NextDue(clock.GetUtcNow()), ct);
}
