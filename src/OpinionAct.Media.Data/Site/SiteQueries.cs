using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Syndication;
using OpinionAct.Media.Data.Tenant;

namespace OpinionAct.Media.Data.Site;

/// <summary>
/// The queries of the public pages built most often, compiled: every article page's (the article with the ally it may
/// republish, its related cards, the cards' topic and expert links), the home page's (its newest and featured cards,
/// their count, the newest cards of each topic) and any page's library images. EF otherwise rebuilds and looks
/// up each query's expression tree on every execution: about a tenth of an article's cost and 7 % of the home page's
/// (issue 15's profiles). EF binds a compiled query to the model it first ran against and refuses any other, and a
/// process may hold several models (SQLite and PostgreSQL side by side in the tests, a fresh host's own), so each model
/// gets its own set, kept as long as the model lives.
/// </summary>
internal sealed class SiteQueries
{
    private static readonly ConditionalWeakTable<IModel, SiteQueries> ByModel = [];

    /// <summary>The columns a card shows (no body, sources or corrections), as an untracked record.</summary>
    public static readonly Expression<Func<ArticleRecord, ArticleRecord>> CardColumns = a => new ArticleRecord
    {
        Id = a.Id,
        Path = a.Path,
        Status = a.Status,
        Title = a.Title,
        Dek = a.Dek,
        WordCount = a.WordCount,
        CoverImage = a.CoverImage,
        CoverAlt = a.CoverAlt,
        Language = a.Language,
        Featured = a.Featured,
        PublishedUtc = a.PublishedUtc,
        CreatedUtc = a.CreatedUtc,
        UpdatedUtc = a.UpdatedUtc,
    };

    /// <summary>The columns an expert's card or byline shows (no bio, links or verifications), as an untracked record.</summary>
    public static readonly Expression<Func<ExpertRecord, ExpertRecord>> ExpertCardColumns = e => new ExpertRecord
    {
        Id = e.Id,
        Slug = e.Slug,
        Name = e.Name,
        JobTitle = e.JobTitle,
        Credentials = e.Credentials,
        PhotoUrl = e.PhotoUrl,
    };

    /// <summary>
    /// The published article at a path, whole, untracked, with the ally it republishes if it does: a left join rather
    /// than a second query on every article page, when most articles are the hub's own.
    /// </summary>
    public Func<TenantDbContext, string, CancellationToken, Task<ArticlePage?>> ArticleByPath { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, string path, CancellationToken _) =>
            (from a in db.Articles.AsNoTracking()
             where a.Status == (int)ArticleStatus.Published && a.Path == path
             join c in db.Set<SyndicatedCopyRecord>().AsNoTracking() on a.Id equals c.ArticleId into copies
             from c in copies.DefaultIfEmpty()
             select new ArticlePage(a, c)).FirstOrDefault());

    /// <summary>The newest other published articles sharing a topic with an article, as cards.</summary>
    public Func<TenantDbContext, int, int, IAsyncEnumerable<ArticleRecord>> RelatedCards { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, int id, int count) =>
            db.Articles.AsNoTracking()
                .Where(a => a.Status == (int)ArticleStatus.Published && a.Id != id
                    && a.Topics.Any(t => db.Set<ArticleTopicRecord>().Where(l => l.ArticleId == id).Select(l => l.TopicId).Contains(t.TopicId)))
                .OrderByDescending(a => a.PublishedUtc)
                .Take(count)
                .Select(CardColumns));

    /// <summary>
    /// The topic links of the given articles, with what cards, bylines and lists show of each topic (its name and slug,
    /// not its description or image). A projection, as for experts: materialising whole topics through an include was
    /// 23 % of the links' cost (issue 15's eleventh round).
    /// </summary>
    public Func<TenantDbContext, List<int>, IAsyncEnumerable<ArticleTopicRecord>> TopicLinks { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, List<int> ids) =>
            db.Set<ArticleTopicRecord>().AsNoTracking().Where(l => ids.Contains(l.ArticleId))
                .Select(l => new ArticleTopicRecord
                {
                    ArticleId = l.ArticleId,
                    TopicId = l.TopicId,
                    Position = l.Position,
                    Topic = new TopicRecord
                    {
                        Id = l.Topic!.Id,
                        Slug = l.Topic.Slug,
                        Name = l.Topic.Name,
                        ParentId = l.Topic.ParentId,
                    },
                }));

    /// <summary>The expert links of the given articles, each expert as cards show it (<see cref="ExpertCardColumns"/>).</summary>
    public Func<TenantDbContext, List<int>, IAsyncEnumerable<ArticleExpertRecord>> ExpertLinks { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, List<int> ids) =>
            db.Set<ArticleExpertRecord>().AsNoTracking().Where(l => ids.Contains(l.ArticleId))
                .Join(
                    db.Experts.AsNoTracking().Select(ExpertCardColumns),
                    l => l.ExpertId,
                    e => e.Id,
                    (l, e) => new ArticleExpertRecord { ArticleId = l.ArticleId, ExpertId = l.ExpertId, Position = l.Position, Expert = e }));

    /// <summary>How many articles are published, featured or not when <c>featured</c> is null (the home page's pages).</summary>
    public Func<TenantDbContext, bool?, CancellationToken, Task<int>> PublishedCount { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, bool? featured, CancellationToken _) =>
            db.Articles.Count(a => a.Status == (int)ArticleStatus.Published && (featured == null || a.Featured == featured)));

    /// <summary>
    /// A page of the newest published articles, as cards, in the site's order (publication time, then id): all of them
    /// when <c>featured</c> is null, else the featured ones only or the others only.
    /// </summary>
    public Func<TenantDbContext, bool?, int, int, IAsyncEnumerable<ArticleRecord>> NewestCards { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, bool? featured, int skip, int take) =>
            db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published && (featured == null || a.Featured == featured))
                .OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id)
                .Skip(skip).Take(take)
                .Select(CardColumns));

    /// <summary>The given published articles as cards, in no order.</summary>
    public Func<TenantDbContext, List<int>, IAsyncEnumerable<ArticleRecord>> CardsById { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, List<int> ids) =>
            db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published && ids.Contains(a.Id))
                .Select(CardColumns));

    /// <summary>
    /// The newest <c>perTopic</c> published articles of each given topic (a window per topic), as links: see
    /// <see cref="SiteStore.NewestCardsByTopicAsync"/>.
    /// </summary>
    public Func<TenantDbContext, List<int>, int, IAsyncEnumerable<TopicNewest>> NewestByTopic { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, List<int> topicIds, int perTopic) =>
            db.Articles.AsNoTracking().Where(a => a.Status == (int)ArticleStatus.Published)
                .SelectMany(a => a.Topics, (a, l) => new TopicArticle { TopicId = l.TopicId, ArticleId = a.Id, PublishedUtc = a.PublishedUtc })
                .Where(l => topicIds.Contains(l.TopicId))
                .GroupBy(l => l.TopicId)
                .Select(g => new TopicNewest
                {
                    TopicId = g.Key,
                    Newest = g.OrderByDescending(l => l.PublishedUtc).ThenByDescending(l => l.ArticleId).Take(perTopic).ToList(),
                }));

    /// <summary>
    /// Every expert of the hub, by name, with what a card and a picker show (not bios, links or verifications): the home
    /// page's experts, the ambassadors' and questions' pickers.
    /// </summary>
    public Func<TenantDbContext, IAsyncEnumerable<ExpertRecord>> ExpertsByName { get; } =
        EF.CompileAsyncQuery((TenantDbContext db) => db.Experts.AsNoTracking().OrderBy(e => e.Name).Select(ExpertCardColumns));

    /// <summary>Library items by id, untracked: every page showing images reads its own in one query (see <see cref="MediaLibrary.MediaStore.ReadAsync"/>).</summary>
    public Func<TenantDbContext, List<int>, IAsyncEnumerable<MediaItemRecord>> MediaItemsById { get; } =
        EF.CompileAsyncQuery((TenantDbContext db, List<int> ids) =>
            db.Set<MediaItemRecord>().AsNoTracking().Where(m => ids.Contains(m.Id)));

    public static SiteQueries For(TenantDbContext db) => ByModel.GetValue(db.Model, _ => new SiteQueries());
}
