using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>The path → article map of ingestion: reloaded when content changes, not on every unknown path.</summary>
public sealed class ArticlePathsTests
{
    private static readonly ContentActor Editor = new("editor-1", new HashSet<string> { ContentActor.Editor });

    [Fact]
    public async Task Article_paths_should_reload_once_when_many_unknown_paths_arrive_at_once()
    {
        await using var storage = await TestStorage.CreateAsync();
        var clock = new AdjustableClock();
        await using var host = new MediaHost(storage);
        await using var node = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var name = await CreateTenantAsync(node);
        var tenant = (await node.Services.GetRequiredService<ITenantStore>().FindAsync(name, default))!;
        var paths = node.Services.GetRequiredService<ArticlePaths>();

        Assert.Equal(0, await paths.ArticleIdAsync(tenant, string.Empty));
        var loads = paths.Loads;

        // Home, topic pages, made-up paths: a few seconds later none of them reloads the map.
        clock.Advance(TimeSpan.FromSeconds(5));
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => paths.ArticleIdAsync(tenant, $"topics/nope-{i}").AsTask()));
        Assert.Equal(loads, paths.Loads);

        // Long after the last load, a burst of 40 unknown paths reloads it once, not once per request. A content change
        // of the new hub landing during the burst (background work after its creation; seen once in CI) legitimately
        // marks the fresh map stale and costs one more load, so up to two loads are the burst coalesced.
        clock.Advance(TimeSpan.FromMinutes(10));
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => paths.ArticleIdAsync(tenant, $"nope-{i}").AsTask())));
        Assert.InRange(paths.Loads - loads, 1, 2);
    }

    [Fact]
    public async Task Article_paths_should_recognise_an_article_when_it_was_just_published()
    {
        await using var storage = await TestStorage.CreateAsync();
        var clock = new AdjustableClock();
        await using var host = new MediaHost(storage);
        await using var node = host.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        var name = await CreateTenantAsync(node);

        // The descriptor of a request served before the node's tenant table saw the new content version.
        var before = (await node.Services.GetRequiredService<ITenantStore>().FindAsync(name, default))!;
        var paths = node.Services.GetRequiredService<ArticlePaths>();
        Assert.Equal(0, await paths.ArticleIdAsync(before, "pompes-a-chaleur"));

        int id;
        string path;
        await using (var scope = node.Services.CreateTenantScope(before))
        {
            var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
            var article = await articles.CreateAsync(new ArticleDraft { Title = "Pompes à chaleur", Dek = "Un article.", Body = "Le sujet mérite une explication." }, Editor, default);
            await articles.PublishAsync(article.Id, Editor, null, default);
            id = article.Id;
            path = (await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Id == article.Id)).Path;
        }

        Assert.Equal(id, await paths.ArticleIdAsync(before, path));
        var loads = paths.Loads;
        Assert.Equal(0, await paths.ArticleIdAsync(before, "not-an-article"));
        Assert.Equal(loads, paths.Loads);
    }

    private static async Task<string> CreateTenantAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> node)
    {
        var name = "paths" + Guid.NewGuid().ToString("n")[..6];
        var created = await node.Services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = name, Prefix = name }, default);
        Assert.True(created.Succeeded, created.Report.Summary);
        return name;
    }
}
