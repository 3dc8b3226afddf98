using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>
/// Issue 15: templates render into builders kept between renders (<see cref="RenderBuffers"/>). A kept builder must come
/// back empty, never be handed to two renders at once, and never be kept once grown past its limit.
/// </summary>
public sealed class RenderBufferTests
{
    private static readonly ThemeCatalog Shipped = new(Path.Combine(AppContext.BaseDirectory, "themes"));

    [Fact]
    public async Task Pages_rendered_at_once_should_each_hold_only_their_own_article_when_builders_are_reused()
    {
        var renderer = new ThemeRenderer(Shipped);
        var titles = Enumerable.Range(0, 64).Select(i => $"Pompe à chaleur n°{i:D2} : les éléments clés").ToList();

        // Twice over, so that the second wave renders into builders the first one gave back.
        for (var wave = 0; wave < 2; wave++)
        {
            var pages = await Task.WhenAll(titles.Select(title => Task.Run(async () =>
                await renderer.RenderPageAsync("Magazine", "article", SampleSite.Site(), SampleSite.Head(title, "/demo/a"), SampleSite.Article(title: title)))));

            for (var i = 0; i < titles.Count; i++)
            {
                Assert.Contains(titles[i], pages[i], StringComparison.Ordinal);
                Assert.Empty(titles.Where((title, j) => j != i && pages[i].Contains(title, StringComparison.Ordinal)));
                Assert.Single(System.Text.RegularExpressions.Regex.Matches(pages[i], "<html[ >]"));
            }
        }
    }

    [Fact]
    public void Rented_builder_should_come_back_empty_when_it_was_used_before()
    {
        var used = RenderBuffers.Rent();
        used.Append('x', 40_000);
        RenderBuffers.Return(used);

        var next = RenderBuffers.Rent();

        Assert.Equal(0, next.Length);
        RenderBuffers.Return(next);
    }

    [Fact]
    public void Builder_grown_past_the_limit_should_not_be_kept_when_given_back()
    {
        var runaway = RenderBuffers.Rent();
        runaway.Append('x', RenderBuffers.MaxKeptCharacters + 1);
        RenderBuffers.Return(runaway);

        var rented = Enumerable.Range(0, 64).Select(_ => RenderBuffers.Rent()).ToList();

        Assert.DoesNotContain(rented, b => ReferenceEquals(b, runaway));
        rented.ForEach(RenderBuffers.Return);
    }
}
