using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Search;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Content.Admin;

namespace OpinionAct.Media.Web.Admin;

/// <summary>The admin's read side: lists and lookups, without tracking. Writes go through the content services.</summary>
public sealed class AdminReader(TenantDbContext db, UserManager<TenantUser> users, SiteSearch search)
{
    public async Task<(List<ArticleRecord> Items, int Total)> ArticlesAsync(ArticleListFilter filter, CancellationToken cancellationToken)
    {
        var query = db.Articles.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(a => a.Status == (int)status);
        }

        if (!string.IsNullOrEmpty(filter.Topic))
        {
            query = query.Where(a => a.Topics.Any(t => t.Topic!.Slug == filter.Topic));
        }

        if (!string.IsNullOrEmpty(filter.Expert))
        {
            query = query.Where(a => a.Experts.Any(e => e.Expert!.Slug == filter.Expert));
        }

        if (!string.IsNullOrEmpty(filter.OwnerUserId))
        {
            query = query.Where(a => a.OwnerUserId == filter.OwnerUserId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The same index as the public site, drafts included; the other filters then narrow its 50 best matches.
            var results = await search.SearchAsync(new SearchRequest { Query = filter.Search, IncludeUnpublished = true, PageSize = 50 }, cancellationToken);
            var ids = results.Hits.Select(h => h.Id).ToList();
            query = query.Where(a => ids.Contains(a.Id));
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query
            .Include(a => a.Topics).ThenInclude(t => t.Topic)
            .Include(a => a.Experts).ThenInclude(e => e.Expert)
            .AsSplitQuery()
            .OrderByDescending(a => a.UpdatedUtc).ThenByDescending(a => a.Id)
            .Skip((filter.Page - 1) * ArticleListFilter.PageSize).Take(ArticleListFilter.PageSize)
            .ToListAsync(cancellationToken);
        return (items, total);
    }

    public async Task<List<TopicRecord>> TopicsAsync(CancellationToken cancellationToken) =>
        await db.Topics.AsNoTracking().OrderBy(t => t.Position).ThenBy(t => t.Name).ToListAsync(cancellationToken);

    public Task<TopicRecord?> TopicAsync(int id, CancellationToken cancellationToken) =>
        db.Topics.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    public async Task<List<ExpertRecord>> ExpertsAsync(CancellationToken cancellationToken) =>
        await db.Experts.AsNoTracking().OrderBy(e => e.Name).ToListAsync(cancellationToken);

    public Task<ExpertRecord?> ExpertAsync(int id, CancellationToken cancellationToken) =>
        db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<List<PageRecord>> PagesAsync(CancellationToken cancellationToken) =>
        await db.Pages.AsNoTracking().OrderBy(p => p.Path).ToListAsync(cancellationToken);

    public Task<PageRecord?> PageAsync(int id, CancellationToken cancellationToken) =>
        db.Pages.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);

    public async Task<List<RedirectRecord>> RedirectsAsync(CancellationToken cancellationToken) =>
        await db.Redirects.AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);

    /// <summary>Emails of the given accounts, for bylines of owners and revision authors; unknown ids are left out.</summary>
    public async Task<Dictionary<string, string>> UserNamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return wanted.Count == 0
            ? new Dictionary<string, string>(StringComparer.Ordinal)
            : await users.Users.AsNoTracking().Where(u => wanted.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => u.Email ?? u.UserName ?? u.Id, StringComparer.Ordinal, cancellationToken);
    }
}
