using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>
/// Adds to <c>AnalyticsSignupDaily</c> inside the caller's transaction (the signup's or the confirmation's), with the
/// same <c>INSERT … ON CONFLICT DO UPDATE</c> as the roll-up: two signups of the same day and article cannot collide.
/// </summary>
internal static class AnalyticsSignupCounts
{
    public static async Task AddAsync(TenantDbContext db, AnalyticsSignupDailyRecord delta, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Sign-up counts are added inside the signup's transaction.");
        var table = RecordTable<AnalyticsSignupDailyRecord>.For(db);
        await using var upsert = table.Command(db.Database.GetDbConnection(), table.UpsertAdding(), 1);
        upsert.Transaction = transaction.GetDbTransaction();
        table.Bind(upsert, delta, 0);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
