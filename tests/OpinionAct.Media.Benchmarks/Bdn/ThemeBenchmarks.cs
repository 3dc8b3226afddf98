using BenchmarkDotNet.Attributes;
using OpinionAct.Media.Markdown;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// <see cref="ThemeRenderer.RenderPageAsync"/> with the shipped themes (<c>themes/Expert</c>,
/// <c>themes/Magazine</c>): the article page of <see cref="SampleArticle"/> and a first home page.
/// As in production, templates are parsed once per process (by the setup) and every call renders the
/// whole page, layout and partials included: the renderer keeps no rendered output. "Article, cold"
/// is the first article of a process: a new renderer that reads and parses the theme's templates, then
/// renders. The baseline is the smallest page a theme has, not-found (the layout around one message).
/// </summary>
// Public and not sealed, unlike the rest of the code: BenchmarkDotNet finds benchmark classes by
// reflection among public types and generates a runner class that derives from each one.
public class ThemeBenchmarks
{
    private ThemeCatalog _catalog = null!;
    private ThemeRenderer _renderer = null!;
    private SiteView _site = null!;
    private HeadView _articleHead = null!;
    private ArticleView _article = null!;
    private HeadView _homeHead = null!;
    private HomeView _home = null!;
    private HeadView _notFoundHead = null!;

    [Params("Expert", "Magazine")]
    public string Theme { get; set; } = "Expert";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _catalog = new ThemeCatalog(ThemesFolder.Find());
        if (_catalog.Find(Theme) is null)
        {
            throw new InvalidOperationException($"Theme '{Theme}' is not in {ThemesFolder.Find()}.");
        }

        _renderer = new ThemeRenderer(_catalog);
        var body = new MarkdownRenderer().Render(SampleArticle.Markdown);
        _site = SampleViews.Site();
        _articleHead = SampleViews.ArticleHead();
        _article = SampleViews.Article(body.Html, body.ReadingMinutes);
        _homeHead = SampleViews.Head("Énergies demain", "/demo/");
        _home = SampleViews.Home();
        _notFoundHead = SampleViews.Head("Page introuvable", "/demo/nulle-part") with { NoIndex = true };

        // Parse every template the measured pages use, as the first requests of a process would.
        await NotFoundAsync();
        await ArticleAsync();
        await HomeAsync();
    }

    [Benchmark(Baseline = true, Description = "Not found (layout + message)")]
    public ValueTask<string> NotFoundAsync() => _renderer.RenderPageAsync(Theme, "not-found", _site, _notFoundHead, null);

    [Benchmark(Description = "Article")]
    public ValueTask<string> ArticleAsync() => _renderer.RenderPageAsync(Theme, "article", _site, _articleHead, _article);

    [Benchmark(Description = "Home")]
    public ValueTask<string> HomeAsync() => _renderer.RenderPageAsync(Theme, "home", _site, _homeHead, _home);

    [Benchmark(Description = "Article, cold (parse + render)")]
    public ValueTask<string> ArticleColdAsync() => new ThemeRenderer(_catalog).RenderPageAsync(Theme, "article", _site, _articleHead, _article);
}
