using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Content;

internal static class ContentModel
{
    /// <summary>Tables, keys and indexes of the content capability in a tenant database.</summary>
    public static void ConfigureContent(this ModelBuilder builder)
    {
        builder.Entity<ArticleRecord>(article =>
        {
            article.ToTable("Articles");
            article.Property(a => a.Path).HasMaxLength(300);
            article.HasIndex(a => a.Path).IsUnique();
            article.HasIndex(a => new { a.Status, a.PublishedUtc });
            article.HasIndex(a => a.ContentItemId);
            article.Property(a => a.Title).HasMaxLength(300);
            article.Property(a => a.Dek).HasMaxLength(1000);
            article.Property(a => a.Language).HasMaxLength(10);
            article.Property(a => a.SeoTitle).HasMaxLength(300);
            article.Property(a => a.SeoDescription).HasMaxLength(1000);
            article.Property(a => a.CanonicalUrl).HasMaxLength(2000);
            article.Property(a => a.CoverImage).HasMaxLength(2000);
            article.Property(a => a.CoverAlt).HasMaxLength(500);
            article.Property(a => a.OwnerUserId).HasMaxLength(450);
            article.Property(a => a.ContentItemId).HasMaxLength(100);
            article.HasMany(a => a.Topics).WithOne().HasForeignKey(t => t.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Experts).WithOne().HasForeignKey(e => e.ArticleId).OnDelete(DeleteBehavior.Cascade);
            article.HasMany(a => a.Revisions).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<ArticleTopicRecord>(link =>
        {
            link.ToTable("ArticleTopics");
            link.HasKey(l => new { l.ArticleId, l.TopicId });
            link.HasOne(l => l.Topic).WithMany().HasForeignKey(l => l.TopicId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.TopicId);
        });

        builder.Entity<ArticleExpertRecord>(link =>
        {
            link.ToTable("ArticleExperts");
            link.HasKey(l => new { l.ArticleId, l.ExpertId });
            link.HasOne(l => l.Expert).WithMany().HasForeignKey(l => l.ExpertId).OnDelete(DeleteBehavior.Restrict);
            link.HasIndex(l => l.ExpertId);
        });

        builder.Entity<ArticleRevisionRecord>(revision =>
        {
            revision.ToTable("ArticleRevisions");
            revision.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
            revision.Property(r => r.Note).HasMaxLength(200);
            revision.Property(r => r.UserId).HasMaxLength(450);
            revision.Property(r => r.ActorName).HasMaxLength(200);
        });

        builder.Entity<TopicRecord>(topic =>
        {
            topic.ToTable("Topics");
            topic.Property(t => t.Slug).HasMaxLength(100);
            topic.HasIndex(t => t.Slug).IsUnique();
            topic.Property(t => t.Name).HasMaxLength(200);
            topic.Property(t => t.Description).HasMaxLength(2000);
            topic.Property(t => t.Image).HasMaxLength(2000);
            topic.Property(t => t.ContentItemId).HasMaxLength(100);

            // Recipes match items by ContentItemId and append topics after the last Position: both must
            // be index look-ups, or importing n items costs n full scans.
            topic.HasIndex(t => t.ContentItemId);
            topic.HasIndex(t => t.Position);
            topic.HasOne<TopicRecord>().WithMany().HasForeignKey(t => t.ParentId).OnDelete(DeleteBehavior.Restrict);
        });

        builder.Entity<ExpertRecord>(expert =>
        {
            expert.ToTable("Experts");
            expert.Property(e => e.Slug).HasMaxLength(100);
            expert.HasIndex(e => e.Slug).IsUnique();
            expert.Property(e => e.Name).HasMaxLength(200);
            expert.Property(e => e.JobTitle).HasMaxLength(300);
            expert.Property(e => e.Credentials).HasMaxLength(500);
            expert.Property(e => e.PhotoUrl).HasMaxLength(2000);
            expert.Property(e => e.ContentItemId).HasMaxLength(100);
            expert.HasIndex(e => e.ContentItemId);
        });

        builder.Entity<PageRecord>(page =>
        {
            page.ToTable("Pages");
            page.Property(p => p.Path).HasMaxLength(300);
            page.HasIndex(p => p.Path).IsUnique();
            page.Property(p => p.Title).HasMaxLength(300);
            page.Property(p => p.ContentItemId).HasMaxLength(100);
            page.HasIndex(p => p.ContentItemId);
        });

        builder.Entity<RedirectRecord>(redirect =>
        {
            redirect.ToTable("Redirects");
            redirect.Property(r => r.FromPath).HasMaxLength(300);
            redirect.HasIndex(r => r.FromPath).IsUnique();
            redirect.Property(r => r.ToUrl).HasMaxLength(2000);
        });
    }
}
