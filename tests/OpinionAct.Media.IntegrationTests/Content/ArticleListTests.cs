using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Content;

/// <summary>
/// The admin's article list (the admin page, the Admin API, the syndication form) on both providers: what a list shows
/// of each article, read without the bodies, with its topics and experts, paged most recently changed first; and every
/// time in it, optional ones included, read back as UTC.
/// </summary>
public sealed class ArticleListTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task List_should_page_every_article_with_its_links_and_utc_times_but_without_its_bodies(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("listed", recipe: "demo-brand");

        await using var db = host.Get<MediaDatabase>().CreateTenantContext("listed");
        var whole = await db.Articles.AsNoTracking().Include(a => a.Topics).Include(a => a.Experts).ThenInclude(e => e.Expert)
            .OrderByDescending(a => a.UpdatedUtc).ThenByDescending(a => a.Id).ToListAsync();
        Assert.True(whole.Count > 6, "the demo hub has more articles than one page below");
        var store = new ArticleStore(db);

        var listed = new List<ArticleRecord>();
        for (var skip = 0; skip < whole.Count; skip += 6)
        {
            var (items, total) = await store.ListAsync(new ArticleListQuery(null, null, null, null, null, skip, 6), default);
            Assert.Equal(whole.Count, total);
            listed.AddRange(items);
        }

        Assert.Equal(whole.Select(a => a.Id), listed.Select(a => a.Id));
        foreach (var (article, item) in whole.Zip(listed))
        {
            Assert.Equal((article.Title, article.Path, article.Status, article.Language, article.OwnerUserId), (item.Title, item.Path, item.Status, item.Language, item.OwnerUserId));
            Assert.Equal((article.PublishedUtc, article.ScheduledUtc, article.UpdatedUtc), (item.PublishedUtc, item.ScheduledUtc, item.UpdatedUtc));
            Assert.NotEmpty(article.BodyHtml);
            Assert.Equal(string.Empty, item.BodyHtml);
            Assert.Equal(string.Empty, item.BodyMarkdown);
            Assert.Equal(article.Topics.OrderBy(t => t.Position).Select(t => t.TopicId), item.OrderedTopics().Select(t => t.Id));
            Assert.Equal(article.OrderedExperts().Select(e => e.Name), item.OrderedExperts().Select(e => e.Name));
            Assert.Equal(DateTimeKind.Utc, item.UpdatedUtc.Kind);
            if (item.PublishedUtc is { } published)
            {
                // Optional times came back unspecified from SQLite before their converter (the Admin API lost its "Z").
                Assert.Equal(DateTimeKind.Utc, published.Kind);
            }
        }

        Assert.Contains(listed, a => a.PublishedUtc is not null);
        Assert.Contains(listed, a => a.Topics.Count > 1);
    }
}
