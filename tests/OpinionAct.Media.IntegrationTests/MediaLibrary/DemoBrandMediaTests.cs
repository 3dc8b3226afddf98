using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>The demo brand ("Énergies Claires") gets its generated pictures through the recipe's media step.</summary>
public sealed class DemoBrandMediaTests
{
    [Fact]
    public async Task Demo_recipe_should_give_articles_covers_and_figures_and_experts_portraits_from_the_library()
    {
        await using var storage = await TestStorage.CreateAsync();
        var created = await CliRunner.RunAsync(storage, "tenants", "create", "--name", "demo", "--recipe", "demo-brand");
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.DoesNotContain("not imported", created.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("names no media item", created.Out, StringComparison.Ordinal);

        await using var host = new MediaHost(storage);
        var tenant = (await host.Get<ITenantStore>().FindAsync("demo", default))!;
        await using var scope = host.Services.CreateTenantScope(tenant);
        var items = (await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(default)).ToDictionary(i => i.Id);
        var articles = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Articles.AsNoTracking().ToListAsync();
        var experts = await scope.ServiceProvider.GetRequiredService<ExpertStore>().ListAsync(default);

        Assert.Equal(23, items.Count);
        Assert.All(items.Values, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.AltText));
            Assert.Equal("Illustration générée — OpinionAct", i.Credit);
            Assert.StartsWith("CC BY 4.0", i.Licence, StringComparison.Ordinal);
            Assert.Equal(MediaFormat.Jpeg, (MediaFormat)i.Format);
        });
        Assert.All(articles, a => Assert.True(MediaReference.Parse(a.CoverImage) is { } id && items.ContainsKey(id), $"{a.Path}: {a.CoverImage}"));
        Assert.Equal(articles.Count, articles.Select(a => a.CoverImage).Distinct().Count());
        Assert.All(experts, e => Assert.True(MediaReference.Parse(e.PhotoUrl) is { } id && items[id].Width == items[id].Height, $"{e.Slug}: {e.PhotoUrl}"));
        var figures = articles.Where(a => a.BodyMarkdown.Contains("](media:", StringComparison.Ordinal)).ToList();
        Assert.True(figures.Count >= 2, "two articles show an inline figure");
        Assert.All(figures, a => Assert.DoesNotContain("/media/demo/", a.BodyMarkdown, StringComparison.Ordinal));
        Assert.All(items.Values.Where(i => i.LibraryPath!.StartsWith("demo/figures/", StringComparison.Ordinal)), i => Assert.NotNull(i.Caption));
    }

    [Fact]
    public async Task Recipe_images_should_get_their_variants_in_the_background_when_a_node_creates_the_tenant()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("demo", prefix: "demo", recipe: "demo-brand");
        var tenant = (await host.Get<ITenantStore>().FindAsync("demo", default))!;
        List<MediaItemRecord> items;
        IReadOnlyList<int> widths;
        await using (var scope = host.Services.CreateTenantScope(tenant))
        {
            items = await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(default);
            widths = await scope.ServiceProvider.GetRequiredService<MediaLibraryService>().DeclaredWidthsAsync(default);
        }

        // No page has been requested: every declared variant of every imported item comes from the worker.
        var cache = host.Get<MediaVariantCache>();
        var expected = items.SelectMany(i => MediaRenditions.Declared(i, widths).Select(spec => cache.PathOf("demo", i.Id, MediaUrls.Version(i), spec.ToString()))).ToList();
        Assert.Equal(23, items.Count);
        await Eventually.TrueAsync(() => Task.FromResult(expected.All(File.Exists)), TimeSpan.FromSeconds(120), "every declared variant of the demo images rendered in the background");
    }
}
