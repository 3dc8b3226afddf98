using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Localization;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Sends queued password reset emails: finds the account (nothing is sent for an unknown address), makes
/// Identity's reset token and mails the link. Failures are logged without the address or the link.
/// </summary>
public sealed class PasswordResetWorker(PasswordResetOutbox outbox, TenantRegistry registry, IServiceProvider services, ILogger<PasswordResetWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in outbox.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await SendAsync(job, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.PasswordResetFailed(ex, job.Tenant);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: queued emails are lost; people ask again.
        }
    }

    /// <summary>Sends one job's email, if its address has an account. Public for tests.</summary>
    public async Task SendAsync(PasswordResetJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (job.Agency)
        {
            // Agency staff live in the host database: no hub scope.
            await using var hostScope = services.CreateAsyncScope();
            var staff = hostScope.ServiceProvider.GetRequiredService<UserManager<AgencyUser>>();
            if (await staff.FindByEmailAsync(job.Email) is not { } member)
            {
                return;
            }

            var token = await staff.GeneratePasswordResetTokenAsync(member);
            await hostScope.ServiceProvider.GetRequiredService<AccountMailer>().SendAsync(
                job.Tenant,
                "Agency console",
                job.Email,
                "Reset your agency console password",
                ["Someone asked to reset the password of your agency console account. Choose a new one here:", "This link works once, within the hour.", "If you did not ask, ignore this email: your password stays as it is."],
                Link(job, token),
                "Choose a new password",
                cancellationToken);
            return;
        }

        var tenant = registry.Table.Find(job.Tenant);
        if (tenant is null)
        {
            return;
        }

        await using var scope = services.CreateTenantScope(tenant);
        var provider = scope.ServiceProvider;
        var mailer = provider.GetRequiredService<AccountMailer>();
        var users = provider.GetRequiredService<UserManager<TenantUser>>();
        if (await users.FindByEmailAsync(job.Email) is not { } user)
        {
            return;
        }

        var site = await provider.GetRequiredService<SettingsService>().GetAsync(cancellationToken);
        var siteName = site.SiteName.Length > 0 ? site.SiteName : tenant.DisplayName;
        var t = UiText.For(UiTextArea.Admin, site.Language);
        var resetToken = await users.GeneratePasswordResetTokenAsync(user);
        await mailer.SendAsync(
            job.Tenant,
            siteName,
            job.Email,
            t.Format("mail.reset.subject", siteName),
            [t.Format("mail.reset.intro", siteName), t["mail.reset.validity"], t["mail.reset.ignore"]],
            Link(job, resetToken),
            t["mail.reset.button"],
            cancellationToken);
    }

    private static string Link(PasswordResetJob job, string token) =>
        $"{job.BaseUrl}/admin/reset?email={Uri.EscapeDataString(job.Email)}&token={Uri.EscapeDataString(token)}";
}
