using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Analytics;

/// <summary>The visitor keys' daily salts in a tenant's database (one random salt per UTC day, shared by every node).</summary>
public sealed class AnalyticsSaltStore(MediaDatabase database)
{
    /// <summary>The day's salt; when <paramref name="create"/>, a new random one is stored first unless the day has one.</summary>
    public async Task<byte[]?> LoadAsync(string tenant, DateOnly day, bool create, CancellationToken cancellationToken)
    {
        await using var db = database.CreateTenantContext(tenant);
        if (create)
        {
            // Several nodes may race to create the day's salt; the first insert wins and everyone reads it back.
            var table = RecordTable<AnalyticsSaltRecord>.For(db);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var insert = table.Command(db.Database.GetDbConnection(), table.InsertIgnoringConflict(), 1);
            table.Bind(insert, new AnalyticsSaltRecord { Day = day, Salt = RandomNumberGenerator.GetBytes(32) }, 0);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        return await db.AnalyticsSalts.AsNoTracking().Where(s => s.Day == day).Select(s => s.Salt).FirstOrDefaultAsync(cancellationToken);
    }
}
