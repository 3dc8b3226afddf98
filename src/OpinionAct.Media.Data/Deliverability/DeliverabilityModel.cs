using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Deliverability;

internal static class DeliverabilityModel
{
    /// <summary>DKIM keys in a tenant database: one row per domain and selector.</summary>
    public static void ConfigureDeliverability(this ModelBuilder builder)
    {
        builder.Entity<DkimKeyRecord>(key =>
        {
            key.ToTable("DkimKeys");
            key.Property(k => k.Domain).HasMaxLength(253);
            key.Property(k => k.Selector).HasMaxLength(63);
            key.Property(k => k.ProtectedPrivateKey).HasMaxLength(8000);
            key.Property(k => k.PublicKey).HasMaxLength(1000);
            key.HasIndex(k => new { k.Domain, k.Selector }).IsUnique();
        });
    }
}
