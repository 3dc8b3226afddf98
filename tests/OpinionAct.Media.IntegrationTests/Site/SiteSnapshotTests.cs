using OpinionAct.Media.Data;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Site;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>
/// A hub's settings, topics and newsletters are read once and shared by its pages (output cache off here, so every
/// page is built) until the hub changes: on this node at once, from another node once the content version moves.
/// </summary>
public sealed class SiteSnapshotTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage, new Dictionary<string, string?> { ["Media:OutputCacheDuration"] = "00:00:00" });
        await _host.CreateTenantAsync("instantane", prefix: "instantane");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Pages_should_share_one_read_until_an_editor_changes_the_settings_on_this_node()
    {
        var snapshots = _host.Get<SiteSnapshots>();
        await HomeAsync();
        var afterFirst = snapshots.Loads;
        await HomeAsync();
        await _host.Client().GetAsync(new Uri("/instantane/search?q=x", UriKind.Relative));
        await HomeAsync();
        var afterMore = snapshots.Loads;

        await AdminClient.AddUserAsync(_storage, "instantane", "admin@instantane.test", "Admin");
        var admin = await AdminClient.SignInAsync(_host.Client(), "instantane", "admin@instantane.test");
        await admin.PostFormAsync("/settings", "/settings",
            [new("SiteName", "Nouveau nom été"), new("Language", "fr"), new("Theme", "Expert"), new("TimeZone", "Europe/Paris")]);
        var renamed = await HomeAsync();

        Assert.Equal(afterFirst, afterMore);
        Assert.Contains("Nouveau nom été", renamed, StringComparison.Ordinal);
        Assert.Equal(afterMore + 1, snapshots.Loads);
    }

    [Fact]
    public async Task Page_should_show_a_change_committed_elsewhere_once_the_content_version_moves()
    {
        Assert.DoesNotContain("Écrit ailleurs", await HomeAsync(), StringComparison.Ordinal);

        // Another node (or the CLI) writes the settings and moves the content version; this node hears of it only
        // through the tenant table.
        await using (var db = _host.Get<MediaDatabase>().CreateTenantContext("instantane"))
        {
            var settings = db.SiteSettings.Single();
            settings.SiteName = "Écrit ailleurs";
            await db.SaveChangesAsync();
        }

        var unchanged = await HomeAsync();
        await _host.Get<ITenantStore>().BumpContentVersionAsync("instantane", default);

        Assert.DoesNotContain("Écrit ailleurs", unchanged, StringComparison.Ordinal);
        await Eventually.TrueAsync(async () => (await HomeAsync()).Contains("Écrit ailleurs", StringComparison.Ordinal), TimeSpan.FromSeconds(10), "the new name after the tenant table's refresh");
    }

    private Task<string> HomeAsync() => _host.Client().GetStringAsync(new Uri("/instantane/", UriKind.Relative));
}
