using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Postgres;

/// <summary>A tenant schema on PostgreSQL; a distinct type so each provider keeps its own migrations.</summary>
public sealed class PostgresTenantDbContext(DbContextOptions<PostgresTenantDbContext> options) : TenantDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Shared media originals of a cluster member: PostgreSQL only (docs/scale-out.md, "Media").
        builder.ConfigureMediaOriginals();
    }
}
