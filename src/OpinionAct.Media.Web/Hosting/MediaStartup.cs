using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Accounts;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Start-up work of a web node, before it accepts requests: upgrade the host database, load the
/// tenant table, and on the very first start create the first agency account and the demo hub.
/// </summary>
internal sealed class MediaStartup(
    MediaDatabase database,
    TenantRegistry registry,
    ITenantStore store,
    TenantProvisioner provisioner,
    IServiceProvider services,
    IOptions<MediaOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<MediaStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateHostAsync(cancellationToken);
        await EnsureAgencyAdminAsync();

        // Version 0 means no tenant was ever created or removed here: a brand-new installation.
        if (options.Value.DemoTenant.Enabled && await store.GetVersionAsync(cancellationToken) == 0)
        {
            await CreateDemoTenantAsync(cancellationToken);
        }

        await provisioner.RollBackAbandonedSetupsAsync(cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        logger.HostStarted(options.Value.DataPath, options.Value.Database.Provider, registry.Table.Tenants.Count);

        // The server binds after the hosted services started; only then are its real addresses
        // (the port behind --urls http://127.0.0.1:0) known.
        lifetime.ApplicationStarted.Register(LogLinks);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LogLinks()
    {
        var addresses = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = registry.Table.Find(options.Value.DemoTenant.Name) is { State: TenantState.Running } running ? running : null;
        var links = StartupLinks.Build(addresses, options.Value.DemoTenant.Enabled ? demo : null);
        logger.ConsoleAt(links.Console);
        if (demo is not null && links.DemoSite is not null)
        {
            logger.DemoAt(demo.Name, links.DemoSite, links.DemoAdmin!);
            logger.EditorAccountHint(demo.Name, links.EditorCommand!);
        }
    }

    private async Task CreateDemoTenantAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value.DemoTenant;
        try
        {
            var result = await provisioner.CreateAsync(
                new TenantCreateRequest { Name = demo.Name, DisplayName = null, Prefix = demo.Prefix, Recipe = demo.Recipe },
                cancellationToken);
            if (result.Succeeded)
            {
                logger.DemoCreated(demo.Name, demo.Prefix);
            }
            else
            {
                logger.DemoFailed(result.Report.Summary);
            }
        }
        catch (MediaValidationException ex)
        {
            // The site still starts: a broken demo recipe must not take the agency console down.
            logger.DemoFailed(ex.Message);
        }
    }

    private async Task EnsureAgencyAdminAsync()
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AgencyUser>>();
        if (users.Users.Any())
        {
            return;
        }

        var admin = options.Value.Admin;
        var password = string.IsNullOrEmpty(admin.Password) ? Passwords.Generate() : admin.Password;
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var created = await AgencyAccounts.CreateAsync(users, roles, admin.Email, password, services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"The first agency account could not be created: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }

        if (string.IsNullOrEmpty(admin.Password))
        {
            // Printed once on the console, never through the logger: logs are shipped and kept.
            await Console.Out.WriteLineAsync($"""

                ==== First agency account ====
                  email:    {admin.Email}
                  password: {password}
                Sign in at /admin and keep this password safe; it is not shown again.
                ==============================

                """);
        }
    }
}
