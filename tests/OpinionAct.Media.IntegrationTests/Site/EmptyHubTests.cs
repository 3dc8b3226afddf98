using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>Issue 10: a new hub's home page says it has no article yet and where editors start, in both themes and both languages.</summary>
public sealed class EmptyHubTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Empty_hub_home_should_show_the_empty_state_with_the_way_to_the_admin(string theme)
    {
        var name = "vide-" + theme.ToLowerInvariant();
        var created = await _host.Provisioner.CreateAsync(new() { Name = name, Theme = theme }, default);
        Assert.True(created.Succeeded, created.Report.Summary);

        var home = await _host.Client().GetStringAsync(new Uri($"/{name}/", UriKind.Relative));

        Assert.Contains("Pas encore d&#x27;article", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{name}/admin/articles/new\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hub_with_articles_should_not_show_the_empty_state()
    {
        await _host.CreateTenantAsync("pleine", prefix: "pleine", recipe: "demo-brand");

        var home = await _host.Client().GetStringAsync(new Uri("/pleine/", UriKind.Relative));

        Assert.DoesNotContain("empty-state", home, StringComparison.Ordinal);
    }
}
