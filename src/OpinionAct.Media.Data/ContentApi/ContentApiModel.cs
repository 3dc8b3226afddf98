using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.ContentApi;

/// <summary>The Content API's table in a tenant database: its key and the "require the key" setting.</summary>
internal static class ContentApiModel
{
    public static ModelBuilder ConfigureContentApi(this ModelBuilder builder)
    {
        builder.Entity<ContentApiKeyRecord>(key =>
        {
            key.ToTable("ContentApiKeys");
            key.Property(k => k.ProtectedKey).HasMaxLength(1000);
            key.Property(k => k.KeyHash).HasMaxLength(64);
        });
        return builder;
    }
}
