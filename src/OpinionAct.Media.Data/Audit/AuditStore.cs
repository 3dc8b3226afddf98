using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Audit;

/// <summary>The audit log's rows in the tenant's database: appended, filtered, paged and streamed for export.</summary>
public sealed class AuditStore(TenantDbContext db)
{
    /// <summary>Stages the entry on the scope's context: it is saved by the caller's next SaveChanges, in its transaction.</summary>
    public void Add(AuditEntryRecord entry) => db.Set<AuditEntryRecord>().Add(entry);

    /// <summary>Saves the entry now, on its own (a sign-in, which changes nothing else).</summary>
    public async Task AddNowAsync(AuditEntryRecord entry, CancellationToken cancellationToken)
    {
        db.Set<AuditEntryRecord>().Add(entry);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A page of entries, newest first, and how many match in all.</summary>
    public async Task<(List<AuditEntryRecord> Entries, int Total)> PageAsync(AuditFilter filter, int skip, int take, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var entries = await query.OrderByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(cancellationToken);
        return (entries, total);
    }

    /// <summary>Every matching entry, newest first, read as a stream (an export of a long log).</summary>
    public IAsyncEnumerable<AuditEntryRecord> StreamAsync(AuditFilter filter) =>
        Filtered(filter).OrderByDescending(e => e.Id).AsAsyncEnumerable();

    private IQueryable<AuditEntryRecord> Filtered(AuditFilter filter)
    {
        var query = db.Set<AuditEntryRecord>().AsNoTracking();
        if (!string.IsNullOrEmpty(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }

        if (!string.IsNullOrWhiteSpace(filter.Actor))
        {
            // Emails are stored as typed at sign-in; a part of the address is enough to find them.
            var actor = filter.Actor.Trim();
            query = query.Where(e => e.Actor.Contains(actor));
        }

        if (filter.FromUtc is { } from)
        {
            query = query.Where(e => e.TimeUtc >= from);
        }

        if (filter.ToUtc is { } to)
        {
            query = query.Where(e => e.TimeUtc < to);
        }

        return query;
    }
}
