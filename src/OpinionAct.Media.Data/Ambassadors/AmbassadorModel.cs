using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Data.Ambassadors;

internal static class AmbassadorModel
{
    /// <summary>Ambassadors, their daily figures and their monthly emails, in a tenant database.</summary>
    public static void ConfigureAmbassadors(this ModelBuilder builder)
    {
        builder.Entity<AmbassadorRecord>(ambassador =>
        {
            ambassador.ToTable("Ambassadors");
            ambassador.Property(a => a.Name).HasMaxLength(120);
            ambassador.Property(a => a.Email).HasMaxLength(256);
            ambassador.Property(a => a.CreatedBy).HasMaxLength(256);
            ambassador.Property(a => a.Secret).HasMaxLength(64);
            ambassador.Property(a => a.Kind).HasConversion<int>();

            // An expert deleted later leaves the ambassador, without the link.
            ambassador.HasOne<ExpertRecord>().WithMany().HasForeignKey(a => a.ExpertId).OnDelete(DeleteBehavior.SetNull);
        });

        builder.Entity<AmbassadorDailyRecord>(daily =>
        {
            daily.ToTable("AmbassadorDaily");
            daily.HasKey(d => new { d.Day, d.AmbassadorId, d.ArticleId });
            daily.HasIndex(d => new { d.AmbassadorId, d.Day });
        });

        builder.Entity<AmbassadorReportRecord>(report =>
        {
            report.ToTable("AmbassadorReports");
            report.Property(r => r.State).HasConversion<int>();
            report.Property(r => r.LastError).HasMaxLength(500);
            report.HasIndex(r => new { r.AmbassadorId, r.Month }).IsUnique();
            report.HasIndex(r => r.State);
            report.HasOne<AmbassadorRecord>().WithMany().HasForeignKey(r => r.AmbassadorId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
