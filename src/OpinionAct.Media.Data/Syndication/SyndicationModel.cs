using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Data.Syndication;

internal static class SyndicationModel
{
    /// <summary>Alliances and offers, in the host database: they join two hubs, so neither hub's database holds them.</summary>
    public static void ConfigureSyndicationHost(this ModelBuilder builder)
    {
        builder.Entity<AllianceRecord>(alliance =>
        {
            alliance.ToTable("Alliances");
            alliance.Property(a => a.ProposerTenant).HasMaxLength(40);
            alliance.Property(a => a.PartnerTenant).HasMaxLength(40);
            alliance.Property(a => a.OpenPair).HasMaxLength(90);
            alliance.Property(a => a.ProposedBy).HasMaxLength(256);
            alliance.Property(a => a.AcceptedBy).HasMaxLength(256);
            alliance.Property(a => a.EndedByTenant).HasMaxLength(40);
            alliance.HasIndex(a => a.OpenPair).IsUnique();
            alliance.HasIndex(a => a.ProposerTenant);
            alliance.HasIndex(a => a.PartnerTenant);
        });

        builder.Entity<SyndicationOfferRecord>(offer =>
        {
            offer.ToTable("SyndicationOffers");
            offer.Property(o => o.FromTenant).HasMaxLength(40);
            offer.Property(o => o.ToTenant).HasMaxLength(40);
            offer.Property(o => o.OriginHub).HasMaxLength(200);
            offer.Property(o => o.OriginalUrl).HasMaxLength(2000);
            offer.Property(o => o.OriginBaseUrl).HasMaxLength(2000);
            offer.Property(o => o.Fingerprint).HasMaxLength(32);
            offer.Property(o => o.OfferedBy).HasMaxLength(256);
            offer.Property(o => o.DecidedBy).HasMaxLength(256);
            offer.HasIndex(o => new { o.FromTenant, o.OriginalArticleId });
            offer.HasIndex(o => new { o.ToTenant, o.State });
        });
    }

    /// <summary>The copies this hub republishes from allies, in its own database.</summary>
    public static void ConfigureSyndication(this ModelBuilder builder) =>
        builder.Entity<SyndicatedCopyRecord>(copy =>
        {
            copy.ToTable("SyndicatedCopies");
            copy.HasKey(c => c.ArticleId);
            copy.Property(c => c.ArticleId).ValueGeneratedNever();
            copy.Property(c => c.OriginHub).HasMaxLength(200);
            copy.Property(c => c.OriginalUrl).HasMaxLength(2000);
            copy.Property(c => c.Authors).HasMaxLength(500);
            copy.HasIndex(c => c.OfferId);
            copy.HasOne<ArticleRecord>().WithMany().HasForeignKey(c => c.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });
}
