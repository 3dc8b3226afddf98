using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Newsletters;

/// <summary>
/// A tenant's own SMTP server, when its Admins set one (admin → mail settings); null means the host-wide
/// <c>Media:Smtp</c> default. Read once per session opened, so a change applies to the next session.
/// </summary>
public sealed class TenantSmtpSettings(TenantRegistry registry, IServiceProvider services, IDataProtectionProvider protection)
{
    public async Task<SmtpOptions?> FindAsync(string tenantName, SmtpOptions defaults, CancellationToken cancellationToken)
    {
        var tenant = registry.Table.Find(tenantName);
        if (tenant is null)
        {
            await registry.RefreshAsync(cancellationToken);
            tenant = registry.Table.Find(tenantName);
        }

        if (tenant is null || tenant.IsHost || tenant.State != TenantState.Running)
        {
            return null;
        }

        await using var scope = services.CreateTenantScope(tenant);
        var settings = await scope.ServiceProvider.GetRequiredService<NewsletterSettingsStore>().GetAsync(cancellationToken);
        if (settings.SmtpHost is null)
        {
            return null;
        }

        var tls = Enum.TryParse<SmtpTlsMode>(settings.SmtpTlsMode, out var mode) ? mode : SmtpTlsMode.StartTlsWhenAvailable;
        return new SmtpOptions
        {
            Host = settings.SmtpHost,
            Port = settings.SmtpPort ?? (tls == SmtpTlsMode.Tls ? 465 : 587),
            TlsMode = tls,
            UserName = settings.SmtpUserName,
            Password = NewsletterSettingsService.Unprotect(protection, tenantName, settings.SmtpPasswordProtected),
            TimeoutSeconds = defaults.TimeoutSeconds,
        };
    }
}
