using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Tenancy;

/// <summary>
/// A scope's tenant context comes from the tenant's pool and is resolved under two types: <see cref="TenantDbContext"/>
/// for our stores and <see cref="DbContext"/> for OpenIddict's, which must share it (an integration and its OAuth client
/// are written in one transaction). The scope must give it back to the pool once, however many types reached it:
/// given back at its first disposal, it can be rented by another request before the second disposal gives it back
/// again under that request, and two requests then share one context (seen on CI as "Cannot access a disposed context
/// instance" in an admin page).
/// </summary>
public sealed class TenantScopeContextTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Scope_should_give_its_context_back_once_when_our_stores_and_OpenIddict_both_used_it(string provider)
    {
        var renter = new Renter();
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage, schedulerJobs: false, testServices: services => services.AddSingleton(renter).AddScoped<RentingOnDisposal>());
        var name = await host.CreateTenantAsync(prefix: "pool");
        var tenant = await host.Get<ITenantStore>().FindAsync(name, default) ?? throw new InvalidOperationException(name);

        TenantDbContext shared;
        await using (var scope = host.Services.CreateTenantScope(tenant))
        {
            // Resolved in this order, disposed in the reverse one: OpenIddict's reference, then another request renting
            // every context the pool has (a busy node), then our stores' reference.
            shared = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            scope.ServiceProvider.GetRequiredService<RentingOnDisposal>();
            Assert.Same(shared, scope.ServiceProvider.GetRequiredService<DbContext>());
            Assert.Equal(0, await shared.Articles.CountAsync());
        }

        await using var next = host.Services.CreateTenantScope(tenant);
        var nextContext = next.ServiceProvider.GetRequiredService<TenantDbContext>();

        Assert.NotEmpty(renter.Held);
        Assert.DoesNotContain(nextContext, renter.Held);
        Assert.Same(shared, nextContext);
        Assert.Equal(0, await nextContext.Articles.CountAsync());
        foreach (var context in renter.Held)
        {
            Assert.Equal(0, await context.Articles.CountAsync());
            await context.DisposeAsync();
        }
    }

    /// <summary>What <see cref="RentingOnDisposal"/> took from the pool, still held.</summary>
    private sealed class Renter
    {
        public List<TenantDbContext> Held { get; } = [];
    }

    /// <summary>Stands for another request: when its scope ends, it rents every context the tenant's pool holds and keeps them.</summary>
    private sealed class RentingOnDisposal(Renter renter, MediaDatabase database, TenantContext tenant) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            for (var i = 0; i < MediaDatabase.ContextsPerWarmTenant; i++)
            {
                renter.Held.Add(database.CreateTenantContext(tenant.Tenant.Name));
            }

            return ValueTask.CompletedTask;
        }
    }
}
