using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Tenancy;

/// <summary>What a refresh of the tenant table releases and announces.</summary>
public sealed class TenantRegistryRefreshTests
{
    private sealed class TableStore : ITenantStore
    {
        public TenantTable Table { get; set; } = new(0, []);

        public Task<TenantTable> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(Table);

        public Task<long> GetVersionAsync(CancellationToken cancellationToken) => Task.FromResult(Table.Version);

        public Task<TenantDescriptor?> FindAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task CreateAsync(TenantDescriptor tenant, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<TenantDescriptor> UpdateAsync(TenantDescriptor tenant, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RemoveAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> BumpContentVersionAsync(string name, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task ScheduleWorkAsync(string name, DateTimeOffset due, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SetNextWorkAsync(string name, DateTimeOffset ranAt, DateTimeOffset? nextDue, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private sealed class ReleaseLog : ITenantResourceOwner
    {
        public List<string> Released { get; } = [];

        public void Release(string tenant) => Released.Add(tenant);
    }

    private sealed class ContentLog : ITenantContentObserver
    {
        public List<string> Changed { get; } = [];

        public Task OnTenantContentChangedAsync(string tenant, CancellationToken cancellationToken)
        {
            Changed.Add(tenant);
            return Task.CompletedTask;
        }
    }

    private readonly TableStore _store = new();
    private readonly ReleaseLog _log = new();
    private readonly ContentLog _content = new();
    private readonly TenantRegistry _registry;

    public TenantRegistryRefreshTests() =>
        _registry = new TenantRegistry(_store, [_log], [_content], Options.Create(new MediaOptions()), NullLogger<TenantRegistry>.Instance);

    private static TenantDescriptor Tenant(string name, TenantState state, long contentVersion = 0) =>
        new() { Name = name, DisplayName = name, State = state, Prefix = name, ContentVersion = contentVersion };

    private async Task LoadAsync(long version, params TenantDescriptor[] tenants)
    {
        _store.Table = new TenantTable(version, tenants);
        await _registry.RefreshAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Registry_should_not_release_a_tenant_being_set_up_when_the_table_moves_for_another_reason()
    {
        await LoadAsync(1, Tenant("brand", TenantState.Uninitialized));
        await LoadAsync(2, Tenant("brand", TenantState.Uninitialized), Tenant("other", TenantState.Running));
        await LoadAsync(3, Tenant("brand", TenantState.Running), Tenant("other", TenantState.Running));

        Assert.Empty(_log.Released);
    }

    [Fact]
    public async Task Registry_should_release_a_tenant_once_when_it_is_disabled_or_removed()
    {
        await LoadAsync(1, Tenant("brand", TenantState.Running), Tenant("other", TenantState.Running));
        await LoadAsync(2, Tenant("brand", TenantState.Disabled), Tenant("other", TenantState.Running));
        await LoadAsync(3, Tenant("brand", TenantState.Disabled), Tenant("other", TenantState.Running));
        await LoadAsync(4, Tenant("brand", TenantState.Disabled));

        Assert.Equal(["brand", "other"], _log.Released);
    }

    [Fact]
    public async Task Registry_should_announce_a_content_change_made_elsewhere_and_not_one_this_node_made_and_acted_on()
    {
        await LoadAsync(1, Tenant("brand", TenantState.Running, 5), Tenant("other", TenantState.Running, 7));

        // This node published twice on "brand" (6 and 7); another node published once on "other" (8).
        _registry.NoteLocalContentVersion("brand", 6);
        _registry.NoteLocalContentVersion("brand", 7);
        await LoadAsync(2, Tenant("brand", TenantState.Running, 7), Tenant("other", TenantState.Running, 8));
        var afterOwnChanges = _content.Changed.ToList();

        // Then this node made 8 and another node 9 before the next refresh: the move is not this node's alone.
        _registry.NoteLocalContentVersion("brand", 8);
        await LoadAsync(3, Tenant("brand", TenantState.Running, 9), Tenant("other", TenantState.Running, 8));

        Assert.Equal(["other"], afterOwnChanges);
        Assert.Equal(["other", "brand"], _content.Changed);
    }
}
