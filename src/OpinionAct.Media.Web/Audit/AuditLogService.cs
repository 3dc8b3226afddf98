using System.Globalization;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Csv;
using OpinionAct.Media.Data.Audit;

namespace OpinionAct.Media.Web.Audit;

/// <summary>Reads the audit log for its page (a page of entries, newest first) and writes its CSV export.</summary>
public sealed class AuditLogService(AuditStore store)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<AuditEntryRecord> Entries, int Total)> PageAsync(AuditFilter filter, int page, CancellationToken cancellationToken)
    {
        var (entries, total) = await store.PageAsync(filter, (Math.Max(1, page) - 1) * PageSize, PageSize, cancellationToken);
        return (entries, total);
    }

    /// <summary>Every matching entry as CSV (UTC ISO 8601 times), streamed; free text is defused for spreadsheets.</summary>
    public async Task ExportAsync(TextWriter writer, AuditFilter filter, CancellationToken cancellationToken)
    {
        await writer.WriteLineAsync("time_utc,actor_kind,actor,action,target,detail,ip".AsMemory(), cancellationToken);
        await foreach (var e in store.StreamAsync(filter).WithCancellation(cancellationToken))
        {
            var line = string.Join(
                ',',
                e.TimeUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ((AuditActorKind)e.ActorKind).ToString().ToLowerInvariant(),
                CsvCell.Text(e.Actor),
                CsvCell.Quote(e.Action),
                CsvCell.Text(e.Target),
                CsvCell.Text(e.Detail),
                CsvCell.Quote(e.Ip));
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
        }
    }
}
