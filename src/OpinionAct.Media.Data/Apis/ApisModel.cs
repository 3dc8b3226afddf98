using Microsoft.EntityFrameworkCore;

namespace OpinionAct.Media.Data.Apis;

/// <summary>
/// The OpenID Connect server's tables (OpenIddict's applications, authorizations, scopes and tokens,
/// plus our keys and integrations). Both the tenant and the host databases carry them: every hub runs
/// its own server, and the host's serves the agency staff.
/// </summary>
public static class ApisModel
{
    public static ModelBuilder ConfigureApis(this ModelBuilder builder)
    {
        builder.UseOpenIddict();
        builder.Entity<ApiKeyRecord>(key =>
        {
            key.ToTable("ApiKeys");
            key.Property(k => k.Use).HasMaxLength(3);
            key.Property(k => k.KeyId).HasMaxLength(64);
            key.HasIndex(k => k.KeyId).IsUnique();
        });
        builder.Entity<IntegrationRecord>(integration =>
        {
            integration.ToTable("Integrations");
            integration.HasKey(i => i.ClientId);
            integration.Property(i => i.ClientId).HasMaxLength(100);
            integration.Property(i => i.Name).HasMaxLength(100);
            integration.Property(i => i.Scopes).HasMaxLength(500);
            integration.Property(i => i.RedirectUri).HasMaxLength(2000);
            integration.Property(i => i.CreatedBy).HasMaxLength(256);
            integration.Property(i => i.RevokedBy).HasMaxLength(256);
        });
        return builder;
    }
}
