using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Ambassadors;

/// <summary>
/// Adds an ambassador's sign-ups to <c>AmbassadorDaily</c> inside the signup's or the confirmation's transaction, with
/// the roll-up's adding upsert, so the sign-up and its attribution are counted together or not at all.
/// </summary>
internal static class AmbassadorSignupCounts
{
    public static async Task AddAsync(TenantDbContext db, int ambassadorId, DateOnly day, int articleId, long accepted, long confirmed, CancellationToken cancellationToken)
    {
        if (ambassadorId <= 0)
        {
            return;
        }

        var transaction = db.Database.CurrentTransaction ?? throw new InvalidOperationException("Ambassadors' sign-ups are added inside the signup's transaction.");
        var table = RecordTable<AmbassadorDailyRecord>.For(db);
        await using var upsert = table.Command(db.Database.GetDbConnection(), table.UpsertAdding(), 1);
        upsert.Transaction = transaction.GetDbTransaction();
        table.Bind(upsert, new AmbassadorDailyRecord { Day = day, AmbassadorId = ambassadorId, ArticleId = articleId, SignupsAccepted = accepted, SignupsConfirmed = confirmed }, 0);
        await upsert.ExecuteNonQueryAsync(cancellationToken);
    }
}
