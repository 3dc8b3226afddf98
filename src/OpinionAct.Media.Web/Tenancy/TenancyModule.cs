using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy.Cli;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Tenants: the host database and each tenant's own database, the tenant table and its refresh,
/// provisioning, start-up (migrations, first agency account, demo hub) and the <c>tenants</c> verbs.
/// </summary>
internal sealed class TenancyModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton(sp => new TenantStorageLayout(MediaServices.Options(sp).DataPath));
        services.AddSingleton<MediaDatabase>();
        services.AddSingleton<ITenantStore, TenantStore>();
        services.AddSingleton<TenantActivator>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<MediaDatabase>());
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<TenantActivator>());
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantDueIndex>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton<TenantEditor>();

        // A tenant's database is reached one way: a scope whose TenantContext names the tenant (a request's,
        // or TenantScopes.CreateTenantScope outside requests) resolves this context (docs/architecture.md).
        services.AddScoped<TenantContext>();
        services.AddScoped<HostDbContext>(sp => sp.GetRequiredService<MediaDatabase>().CreateHostContext());
        services.AddScoped<HostHealthStore>();
        services.AddScoped<ScopedTenantContext>();
        services.AddScoped<TenantDbContext>(sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>().Tenant;
            if (tenant.IsHost)
            {
                throw new InvalidOperationException("The host tenant has no tenant database.");
            }

            // Through its one owner: the scope also hands this context to OpenIddict as DbContext (ApisModule).
            return sp.GetRequiredService<ScopedTenantContext>().For(tenant.Name);
        });
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddHostedService<MediaStartup>();
        services.AddHostedService<TenantRegistryRefresher>();
        services.AddSingleton<TenantWorkScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TenantWorkScheduler>());
        services.AddHealthChecks().AddCheck<HostDatabaseHealthCheck>("database", tags: ["ready"]);
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["tenants", "list"], "tenants list [--json]", TenantCommands.ListAsync),
        new(
            ["tenants", "create"],
            """
            tenants create --name N [--display-name D] [--host H]... [--prefix P] [--recipe R | --recipe-file PATH] [--theme T] [--admin-email E] [--json]
                (without --display-name: the recipe's SiteName, else N; without --host and --prefix: prefix N;
                 --admin-email: the hub's first Admin is invited by email)
            tenants create --name N1 --name N2... [--recipe R | --recipe-file PATH] [--theme T]
                (several tenants in one process, each at its name as prefix)
            """,
            TenantCommands.CreateAsync),
        new(
            ["tenants", "update"],
            """
            tenants update N [--display-name D] [--host H]... [--no-hosts] [--prefix P | --no-prefix] [--theme T] [--redirect-old] [--json]
                (--host replaces every host; each node routes the new address within a second or two;
                 --redirect-old: the old prefix and dropped hosts answer 301 to the new address)
            """,
            cli => TenantCommands.UpdateAsync(cli, cli.Arguments.Words[2]),
            Positionals: 1),
        new(["tenants", "disable"], "tenants disable N", cli => TenantCommands.SetStateAsync(cli, cli.Arguments.Words[2], enable: false), Positionals: 1),
        new(["tenants", "enable"], "tenants enable N", cli => TenantCommands.SetStateAsync(cli, cli.Arguments.Words[2], enable: true), Positionals: 1),
        new(["tenants", "remove"], "tenants remove N --yes   (deletes its database, index and media for good)", cli => TenantCommands.RemoveAsync(cli, cli.Arguments.Words[2]), Positionals: 1),
    ];
}
