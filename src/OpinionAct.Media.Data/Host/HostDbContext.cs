using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Apis;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Syndication;

namespace OpinionAct.Media.Data.Host;

/// <summary>The host database: tenants, their hosts, the change counter and agency accounts.</summary>
public abstract class HostDbContext(DbContextOptions options) : IdentityDbContext<AgencyUser>(options)
{
    public DbSet<TenantRecord> Tenants => Set<TenantRecord>();

    public DbSet<TenantHostRecord> TenantHosts => Set<TenantHostRecord>();

    public DbSet<TenantOldAddressRecord> TenantOldAddresses => Set<TenantOldAddressRecord>();

    public DbSet<TenantTableVersion> TenantTableVersions => Set<TenantTableVersion>();

    /// <summary>The shared key ring of a cluster; empty on a lone node, whose keys stay in its data folder.</summary>
    public DbSet<DataProtectionKeyRecord> DataProtectionKeys => Set<DataProtectionKeyRecord>();

    /// <summary>Leader-job runs of a cluster (who ran what, when); empty on a lone node, which leads alone.</summary>
    public DbSet<BackgroundRunRecord> BackgroundRuns => Set<BackgroundRunRecord>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<TenantRecord>(tenant =>
        {
            tenant.ToTable("Tenants");
            tenant.HasKey(t => t.Name);
            tenant.Property(t => t.Name).HasMaxLength(40);
            tenant.Property(t => t.DisplayName).HasMaxLength(200);
            tenant.Property(t => t.Prefix).HasMaxLength(40);
            tenant.Property(t => t.Theme).HasMaxLength(100);
            tenant.Property(t => t.Recipe).HasMaxLength(200);
            tenant.HasIndex(t => t.Prefix).IsUnique();
            tenant.HasMany(t => t.Hosts).WithOne().HasForeignKey(h => h.TenantName).OnDelete(DeleteBehavior.Cascade);
            tenant.HasMany(t => t.OldAddresses).WithOne().HasForeignKey(a => a.TenantName).OnDelete(DeleteBehavior.Cascade);
        });

        builder.Entity<AgencyUser>().Property(u => u.Language).HasMaxLength(8);

        builder.Entity<TenantOldAddressRecord>(address =>
        {
            address.ToTable("TenantOldAddresses");
            address.HasKey(a => a.Address);
            address.Property(a => a.Address).HasMaxLength(260);
        });

        builder.Entity<TenantHostRecord>(host =>
        {
            host.ToTable("TenantHosts");
            host.HasKey(h => h.Host);
            host.Property(h => h.Host).HasMaxLength(260);
        });

        builder.Entity<TenantTableVersion>(version =>
        {
            version.ToTable("TenantTableVersion");
            version.HasData(new TenantTableVersion { Id = 1, Version = 0 });
        });

        builder.Entity<DataProtectionKeyRecord>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.HasKey(k => k.Id);
            key.Property(k => k.FriendlyName).HasMaxLength(200);
        });

        builder.Entity<BackgroundRunRecord>(run =>
        {
            run.ToTable("BackgroundRuns");
            run.HasKey(r => r.Id);
            run.Property(r => r.Kind).HasMaxLength(40);
            run.Property(r => r.Tenant).HasMaxLength(40);
            run.Property(r => r.Node).HasMaxLength(100);
            run.Property(r => r.Outcome).HasMaxLength(16);
            run.HasIndex(r => r.StartedUtc);
        });

        builder.ConfigureApis();
        builder.ConfigureSessions();
        builder.ConfigureSyndicationHost();

        builder.UseUtcDateTimes();
    }
}
