using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Search;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Search;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>
/// Each node's own search index: a node started on an empty data folder builds every running tenant's index from the
/// database before it reports ready, and every node keeps catching up with changes made elsewhere without a search.
/// </summary>
public sealed class SearchCatchUpTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _secondDataPath = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync("Postgres");
        _secondDataPath = Path.Combine(Path.GetTempPath(), "media-tests", "node-b-" + Guid.NewGuid().ToString("n")[..12]);
    }

    public async Task DisposeAsync()
    {
        await _storage.DisposeAsync();
        try
        {
            Directory.Delete(_secondDataPath, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // The node never wrote it.
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp folder is cleaned by the OS.
        }
    }

    [PostgresFact]
    public async Task New_node_should_build_every_running_tenants_index_from_the_database_when_it_starts_with_an_empty_data_folder()
    {
        var cluster = ClusterSettingsForTest.WithoutRedis();
        await using var first = ClusterNode.Start(_storage, cluster, _storage.DataPath);
        var tenant = await first.CreateTenantAsync(prefix: "brand");
        var seed = new ContentSeed(first, tenant);
        await seed.ArticleAsync(ContentSeed.Draft("Pompes à chaleur géothermiques"));
        await seed.ArticleAsync(ContentSeed.Draft("Isolation des combles perdus"));
        await seed.ArticleAsync(ContentSeed.Draft("Brouillon sur la ventilation"), publish: false);
        var expected = (await seed.InTenantAsync(sp => sp.GetRequiredService<SearchIndexStore>().ArticleIdsAsync(default))).Count;

        await using var second = ClusterNode.Start(_storage, cluster, _secondDataPath, new Dictionary<string, string?> { ["Media:NodeName"] = "node-b" });
        var client = second.Client();
        JsonElement ready = default;
        await Eventually.TrueAsync(async () =>
        {
            var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            ready = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(30), "the new node reports ready");

        // Ready means built: the index is on disk and complete before anyone searched on this node.
        var folder = new TenantStorageLayout(_secondDataPath).IndexFolder(tenant);
        Assert.NotEmpty(Directory.EnumerateFiles(folder, "segments_*"));
        Assert.True(expected >= 3);
        Assert.Equal(expected, second.Get<TenantSearchIndexes>().For(tenant).Count(includeUnpublished: true));
        Assert.Equal("node-b", ready.GetProperty("node").GetString());
        Assert.Equal("Healthy", ready.GetProperty("checks").GetProperty("search").GetProperty("status").GetString());
        Assert.Empty(ready.GetProperty("catchingUp").EnumerateArray());
    }

    [PostgresFact]
    public async Task Published_change_should_reach_another_nodes_index_when_nobody_searches_there()
    {
        var cluster = ClusterSettingsForTest.WithoutRedis();
        await using var first = ClusterNode.Start(_storage, cluster, _storage.DataPath);
        var tenant = await first.CreateTenantAsync(prefix: "brand");
        await using var second = ClusterNode.Start(_storage, cluster, _secondDataPath);
        var index = second.Get<TenantSearchIndexes>();
        await Eventually.TrueAsync(
            async () => (await second.Client().GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            "the second node reports ready");
        var before = index.For(tenant).Count(includeUnpublished: true);

        await new ContentSeed(first, tenant).ArticleAsync(ContentSeed.Draft("Géothermie de surface en copropriété"));

        // Within the tenant table's refresh (a quarter of a second in tests) and a catch-up: no search on the second node.
        await Eventually.TrueAsync(
            () => Task.FromResult(index.For(tenant).Count(includeUnpublished: true) == before + 1),
            TimeSpan.FromSeconds(5),
            "the second node's index has the article published on the first");
        var found = await second.Client().GetStringAsync(new Uri("/brand/api/search?q=geothermie", UriKind.Relative));
        Assert.Contains("Géothermie de surface en copropriété", found, StringComparison.Ordinal);
    }
}
