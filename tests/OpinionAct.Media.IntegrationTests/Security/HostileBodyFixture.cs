using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>One node with a hub ("hb", a newsletter from its recipe) and a signed-in editor, shared by the hostile-body cases.</summary>
public sealed class HostileBodyFixture : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public MediaHost Host { get; private set; } = null!;

    public HttpClient Editor { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        Host = new MediaHost(_storage);
        var tenant = await Host.CreateTenantAsync(prefix: "hb");
        await AdminClient.AddUserAsync(_storage, tenant, "editor@hb.test", "Editor");
        Editor = (await AdminClient.SignInAsync(Host.Client(), "hb", "editor@hb.test")).Http;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await _storage.DisposeAsync();
    }
}
