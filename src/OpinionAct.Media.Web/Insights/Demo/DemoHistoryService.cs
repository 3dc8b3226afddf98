using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Insights;
using OpinionAct.Media.Web.Analytics;

namespace OpinionAct.Media.Web.Insights.Demo;

/// <summary>
/// The demo hub's generated history: made from the hub's published articles, relative to the clock's today, and
/// written in bulk (the <c>demoHistory</c> recipe step); removed by an Admin from the insights page.
/// </summary>
public sealed class DemoHistoryService(InsightsStore insights, DemoHistoryStore store, TimeProvider clock)
{
    public const int MaxDays = 366;

    /// <summary>Generates and writes <paramref name="days"/> days of history ending yesterday; refused on a hub that has any figure.</summary>
    /// <exception cref="MediaValidationException">A day count out of range, or a hub that already has audience figures.</exception>
    public async Task<DemoHistoryRows> CreateAsync(int days, int seed, CancellationToken ct)
    {
        if (days is < 1 or > MaxDays)
        {
            throw new MediaValidationException($"The demo history covers 1 to {MaxDays} days, not {days}.");
        }

        if (await store.AnyFiguresAsync(ct))
        {
            throw new MediaValidationException("This hub already has audience figures; a demo history can only be added to a hub that has none.");
        }

        var links = ArticleLinks.From(await insights.ArticleLinksAsync(ct));
        var articles = (await insights.ArticlesAsync(ct)).Where(a => a.Status == (int)ArticleStatus.Published).OrderBy(a => a.Id)
            .Select(a => new DemoArticle(a.Id, links.TopicsOf(a.Id), links.ExpertsOf(a.Id))).ToList();
        var rows = DemoHistoryGenerator.Generate(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), days, seed, articles);
        await store.WriteAsync(rows, ct);
        return rows;
    }

    /// <summary>Removes the generated rows and the marker; returns the rows deleted (0 when there is no demo history).</summary>
    public Task<int> RemoveAsync(CancellationToken ct) => store.RemoveAsync(ct);
}
