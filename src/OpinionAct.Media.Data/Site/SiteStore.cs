using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Site;

/// <summary>
/// The public site's queries: only published content, newest first, no tracking. Scoped to one request, whose
/// queries all run on one connection opened by the first (see <see cref="OpenAsync"/>). Lists of cards read only
/// the columns a card shows, and the topics and experts of every card of a page are read together
/// (<see cref="LinkAsync"/>), so a page costs a fixed number of queries whatever its number of cards.
/// </summary>
public sealed partial class SiteStore(TenantDbContext db)
{
    private bool _open;

    /// <summary>The hub's newsletters, for the signup form every page may carry.</summary>
    public async Task<List<NewsletterRecord>> NewslettersAsync(CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.Newsletters.AsNoTracking().OrderBy(n => n.Name).ThenBy(n => n.Id).ToListAsync(cancellationToken);
    }

    public async Task<SiteSettingsRecord> SettingsAsync(CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.SiteSettings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new SiteSettingsRecord();
    }

    public async Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(cancellationToken);
    }

    /// <summary>Every expert, by name, as cards show them (see <see cref="SiteQueries.ExpertCardColumns"/>).</summary>
    public async Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await SiteQueries.For(db).ExpertsByName(db).ToListAsync(cancellationToken);
    }

    /// <summary>One page of published articles, newest first, filtered by topic (with its subtopics' ids) or expert.</summary>
    public async Task<(List<ArticleRecord> Items, int Total)> ArticlesAsync(int page, int pageSize, CancellationToken cancellationToken, IReadOnlyCollection<int>? topicIds = null, int? expertId = null, bool? featured = null)
    {
        await OpenAsync(cancellationToken);
        var query = Filtered(topicIds, expertId, featured);
        var total = await query.CountAsync(cancellationToken);
        var items = await WithLinks(query).OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary>
    /// One page of published articles as cards, like <see cref="ArticlesAsync"/>, without their bodies, sources or
    /// corrections, nor yet their topics and experts: call <see cref="LinkAsync"/> once with every card of the page.
    /// </summary>
    /// <param name="count">Whether to count the matching articles (for pagination); -1 without.</param>
    public async Task<(List<ArticleRecord> Items, int Total)> CardsAsync(int page, int pageSize, CancellationToken cancellationToken, IReadOnlyCollection<int>? topicIds = null, int? expertId = null, bool? featured = null, bool count = true)
    {
        await OpenAsync(cancellationToken);
        if (topicIds is null && expertId is null)
        {
            return await NewestCardsAsync(page, pageSize, featured, count, cancellationToken);
        }

        var query = Filtered(topicIds, expertId, featured);
        var total = count ? await query.CountAsync(cancellationToken) : -1;
        var items = await Cards(query.OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
            .Skip((page - 1) * pageSize).Take(pageSize)).ToListAsync(cancellationToken);
        return (items, total);
    }

    /// <summary><see cref="CardsAsync"/> over the whole hub (the home page's lists), with compiled queries.</summary>
    private async Task<(List<ArticleRecord> Items, int Total)> NewestCardsAsync(int page, int pageSize, bool? featured, bool count, CancellationToken cancellationToken)
    {
        var queries = SiteQueries.For(db);
        var items = await queries.NewestCards(db, featured, (page - 1) * pageSize, pageSize).ToListAsync(cancellationToken);
        var total = count ? await queries.PublishedCount(db, featured, cancellationToken) : -1;
        return (items, total);
    }

    /// <summary>
    /// The <paramref name="perTopic"/> newest published cards of each given topic, newest first, in two queries whatever
    /// the number of topics (a window per topic, then the cards): the home page's sections used to cost a query each.
    /// The newest N of several topics together are always among the newest N of each, so a section over a topic and
    /// its subtopics merges these lists (see <see cref="NewestOf"/>).
    /// </summary>
    public async Task<Dictionary<int, List<ArticleRecord>>> NewestCardsByTopicAsync(IReadOnlyCollection<int> topicIds, int perTopic, CancellationToken cancellationToken)
    {
        if (topicIds.Count == 0)
        {
            return [];
        }

        await OpenAsync(cancellationToken);
        var queries = SiteQueries.For(db);
        var groups = await queries.NewestByTopic(db, topicIds.ToList(), perTopic).ToListAsync(cancellationToken);
        var links = groups.SelectMany(g => g.Newest).ToList();
        var articleIds = links.Select(l => l.ArticleId).Distinct().ToList();
        var cards = await queries.CardsById(db, articleIds).ToDictionaryAsync(a => a.Id, cancellationToken: cancellationToken);
        return links.GroupBy(l => l.TopicId).ToDictionary(g => g.Key, g => NewestOf(g.Select(l => cards[l.ArticleId]), perTopic));
    }

    /// <summary>Newest first (the site's order everywhere: publication time, then id), each article once.</summary>
    public static List<ArticleRecord> NewestOf(IEnumerable<ArticleRecord> cards, int count) =>
        cards.DistinctBy(a => a.Id).OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id).Take(count).ToList();

    /// <summary>
    /// Fills <see cref="ArticleRecord.Topics"/> and <see cref="ArticleRecord.Experts"/> (with their topic and expert) of
    /// every given article in two queries (<see cref="ArticleLinks"/>).
    /// </summary>
    public async Task LinkAsync(IReadOnlyCollection<ArticleRecord> articles, CancellationToken cancellationToken)
    {
        if (articles.Count == 0)
        {
            return;
        }

        await OpenAsync(cancellationToken);
        await ArticleLinks.LoadAsync(db, articles, cancellationToken);
    }

    /// <remarks>
    /// Lists of ids are sent as one parameter (<c>EF.Parameter</c>, a JSON array read with <c>json_each</c> on SQLite, an
    /// array on PostgreSQL) rather than one parameter per id: the SQL then does not depend on the list's length, so EF
    /// builds it once instead of on every page, under a lock every concurrent request waits for (issue 15's profile).
    /// SQLite tenants send every list that way (<see cref="MediaDatabase"/>'s options); this says so for both providers.
    /// </remarks>
    private IQueryable<ArticleRecord> Filtered(IReadOnlyCollection<int>? topicIds, int? expertId, bool? featured)
    {
        var query = Published();
        if (topicIds is not null)
        {
            query = query.Where(a => a.Topics.Any(t => EF.Parameter(topicIds).Contains(t.TopicId)));
        }

        if (expertId is not null)
        {
            query = query.Where(a => a.Experts.Any(e => e.ExpertId == expertId));
        }

        if (featured is not null)
        {
            query = query.Where(a => a.Featured == featured);
        }

        return query;
    }

    /// <summary>The published article at <paramref name="path"/> and whom it credits (see <see cref="ArticlePage"/>).</summary>
    public async Task<ArticlePage?> ArticlePageAsync(string path, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await SiteQueries.For(db).ArticleByPath(db, path, cancellationToken);
    }

    /// <summary>
    /// Up to <paramref name="count"/> other published articles sharing a topic with it, newest first, as cards
    /// (see <see cref="CardsAsync"/>): its topics are read by the query itself, so the article need not be linked yet.
    /// </summary>
    public async Task<List<ArticleRecord>> RelatedAsync(ArticleRecord article, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        await OpenAsync(cancellationToken);
        return await SiteQueries.For(db).RelatedCards(db, article.Id, count).ToListAsync(cancellationToken);
    }

    public async Task<PageRecord?> PageAsync(string path, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Path == path && p.Published, cancellationToken);
    }

    public async Task<RedirectRecord?> RedirectAsync(string path, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == path, cancellationToken);
    }

    public async Task<ExpertRecord?> ExpertAsync(string slug, CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Slug == slug, cancellationToken);
    }

    public async Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken)
    {
        await OpenAsync(cancellationToken);
        return await db.Pages.AsNoTracking().Where(p => p.Published).OrderBy(p => p.Path).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Opens the context's connection once, for every later query of the request (the context closes it when the
    /// request's scope ends). Left to itself, EF opens and closes it around each query: on SQLite each open takes a
    /// connection from the pool under its lock and runs the connection set-up batch, which cost more than the queries
    /// themselves under load (issue 15's profile).
    /// </summary>
    private async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        if (!_open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            _open = true;
        }
    }

    /// <summary>The columns a card shows (no body, sources or corrections), as an untracked record.</summary>
    private static IQueryable<ArticleRecord> Cards(IQueryable<ArticleRecord> query) => query.Select(SiteQueries.CardColumns);

    private IQueryable<ArticleRecord> Published() =>
        db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published);

    private static IQueryable<ArticleRecord> WithLinks(IQueryable<ArticleRecord> query) =>
        query.Include(a => a.Topics).ThenInclude(t => t.Topic).Include(a => a.Experts).ThenInclude(e => e.Expert).AsSplitQuery();
}
