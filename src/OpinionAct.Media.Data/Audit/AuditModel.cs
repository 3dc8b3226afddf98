using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Audit;

internal static class AuditModel
{
    /// <summary>The audit log's table in a tenant database.</summary>
    public static void ConfigureAudit(this ModelBuilder builder) =>
        builder.Entity<AuditEntryRecord>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.Property(e => e.Actor).HasMaxLength(AuditEntryRecord.ActorLength);
            entry.Property(e => e.Action).HasMaxLength(50);
            entry.Property(e => e.Target).HasMaxLength(AuditEntryRecord.TargetLength);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntryRecord.DetailLength);
            entry.Property(e => e.Ip).HasMaxLength(64);
            entry.HasIndex(e => e.TimeUtc);
            entry.HasIndex(e => new { e.Action, e.TimeUtc });
        });
}
