using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Data.Analytics;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.ContentApi;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Data.CorrectionNotices;
using OpinionAct.Media.Data.Deliverability;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Questions;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Data.Webhooks;

namespace OpinionAct.Media.Data.Tenant;

/// <summary>
/// One tenant's database (its own SQLite file, or its own PostgreSQL schema). Nothing here
/// carries a tenant id: isolation comes from which database the context is opened on.
/// </summary>
public abstract partial class TenantDbContext(DbContextOptions options)
    : IdentityDbContext<TenantUser, TenantRole, string>(options)
{
    public DbSet<SiteSettingsRecord> SiteSettings => Set<SiteSettingsRecord>();

    public DbSet<FeatureRecord> Features => Set<FeatureRecord>();

    public DbSet<RecipeRunRecord> RecipeRuns => Set<RecipeRunRecord>();

    public DbSet<ContentDefinitionRecord> ContentDefinitions => Set<ContentDefinitionRecord>();

    public DbSet<ArticleRecord> Articles => Set<ArticleRecord>();

    public DbSet<ArticleRevisionRecord> ArticleRevisions => Set<ArticleRevisionRecord>();

    public DbSet<TopicRecord> Topics => Set<TopicRecord>();

    public DbSet<ExpertRecord> Experts => Set<ExpertRecord>();

    public DbSet<PageRecord> Pages => Set<PageRecord>();

    public DbSet<RedirectRecord> Redirects => Set<RedirectRecord>();

    public DbSet<SearchIndexLogRecord> SearchIndexLog => Set<SearchIndexLogRecord>();

    public DbSet<SearchQueryRecord> SearchQueries => Set<SearchQueryRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<SiteSettingsRecord>(settings =>
        {
            settings.ToTable("SiteSettings");
            settings.Property(s => s.Id).ValueGeneratedNever();
            settings.Property(s => s.SiteName).HasMaxLength(200);
            settings.Property(s => s.Description).HasMaxLength(1000);
            settings.Property(s => s.Language).HasMaxLength(10);
            settings.Property(s => s.Theme).HasMaxLength(100);
            settings.Property(s => s.Logo).HasMaxLength(2000);
            settings.Property(s => s.SocialImage).HasMaxLength(2000);
            settings.Property(s => s.TimeZone).HasMaxLength(100).HasDefaultValue("Europe/Paris");
            settings.Property(s => s.MenuJson).HasDefaultValue("[]");
        });

        builder.Entity<FeatureRecord>(feature =>
        {
            feature.ToTable("Features");
            feature.HasKey(f => f.Id);
            feature.Property(f => f.Id).HasMaxLength(200);
        });

        builder.Entity<ContentDefinitionRecord>(definition =>
        {
            definition.ToTable("ContentDefinitions");
            definition.HasKey(d => new { d.Kind, d.Name });
            definition.Property(d => d.Kind).HasMaxLength(10);
            definition.Property(d => d.Name).HasMaxLength(200);
        });

        builder.Entity<RecipeRunRecord>(run =>
        {
            run.ToTable("RecipeRuns");
            run.Property(r => r.Recipe).HasMaxLength(200);
        });

        builder.ConfigureContent();
        builder.ConfigureNewsletters();
        builder.ConfigureQuestions();
        builder.ConfigureSubscriptions();
        builder.ConfigureNewsletterIssues();
        builder.ConfigureAnalytics();
        builder.ConfigureMedia();
        builder.ConfigureAudit();
        builder.ConfigureAccounts();
        builder.Entity<TenantUser>().Property(u => u.DisplayName).HasMaxLength(200);
        builder.ConfigureApis();
        builder.ConfigureWebhooks();
        builder.ConfigureContentApi();
        builder.ConfigureDeliverability();
        builder.ConfigureBounces();
        builder.ConfigureCorrectionNotices();
        builder.ConfigureAmbassadors();
        builder.ConfigureSyndication();

        builder.Entity<SearchIndexLogRecord>(log => log.ToTable("SearchIndexLog"));
        builder.Entity<SearchQueryRecord>(query =>
        {
            query.ToTable("SearchQueries");
            query.Property(q => q.Query).HasMaxLength(200);
            query.HasIndex(q => q.CreatedUtc);
        });

        builder.Entity<TenantRole>().Property(r => r.Description).HasMaxLength(500);

        builder.UseUtcDateTimes();
    }
}
