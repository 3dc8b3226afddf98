using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>
/// The public site's queries that were rewritten for speed (issue 15) against what they must return, on both providers:
/// the home page's topic sections, read in one windowed query for every topic and merged per topic family (a root topic
/// and its subtopics), must list exactly what one query per family lists (the topic page's query); the article page's
/// compiled queries must find the article (with the ally it republishes, if any) and its related cards; the home page's
/// compiled lists must page through every published article, and only those, in the site's order.
/// </summary>
public sealed class SiteStoreQueryTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Merged_newest_cards_should_equal_one_query_per_topic_family_when_read_for_every_topic(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = await DemoHubAsync(storage, "sections");

        await using var db = host.Get<MediaDatabase>().CreateTenantContext("sections");
        var store = new SiteStore(db);
        var topics = await store.TopicsAsync(default);
        Assert.Contains(topics, t => t.ParentId is not null); // the demo has a subtopic, so one family spans two topics

        foreach (var take in new[] { 1, 3, 9 })
        {
            var newest = await store.NewestCardsByTopicAsync([.. topics.Select(t => t.Id)], take, default);
            foreach (var root in topics.Where(t => t.ParentId is null))
            {
                var family = topics.Where(t => t.Id == root.Id || t.ParentId == root.Id).Select(t => t.Id).ToList();
                var (expected, _) = await store.CardsAsync(1, take, default, topicIds: family, count: false);

                var merged = SiteStore.NewestOf(family.SelectMany(id => newest.GetValueOrDefault(id) ?? []), take);

                Assert.Equal(expected.Select(a => a.Id), merged.Select(a => a.Id));
                Assert.All(merged, card => Assert.False(string.IsNullOrEmpty(card.Title)));
            }
        }
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Compiled_article_queries_should_find_the_article_its_related_cards_and_every_cards_links(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = await DemoHubAsync(storage, "related");

        await using var db = host.Get<MediaDatabase>().CreateTenantContext("related");
        var store = new SiteStore(db);
        var links = db.Set<OpinionAct.Media.Data.Content.ArticleTopicRecord>().ToList();
        var published = db.Articles.Where(a => a.Status == (int)OpinionAct.Media.Content.ArticleStatus.Published).ToList();
        Assert.True(published.Count >= 5, "the demo hub has published articles");

        foreach (var article in published.Take(5))
        {
            var found = (await store.ArticlePageAsync(article.Path, default))?.Article;
            var related = await store.RelatedAsync(found!, 3, default);

            var topics = links.Where(l => l.ArticleId == article.Id).Select(l => l.TopicId).ToHashSet();
            var expected = published
                .Where(a => a.Id != article.Id && links.Any(l => l.ArticleId == a.Id && topics.Contains(l.TopicId)))
                .OrderByDescending(a => a.PublishedUtc).Take(3).Select(a => a.PublishedUtc).ToList();
            Assert.Equal(article.Id, found!.Id);
            Assert.Equal(expected, related.Select(a => a.PublishedUtc).ToList()); // ties aside, the same newest ones
            Assert.All(related, card => Assert.True(card.Id != article.Id && links.Any(l => l.ArticleId == card.Id && topics.Contains(l.TopicId))));
        }

        // The compiled link queries give every card its topics (with the topic) and experts (with the byline's fields).
        var expertLinks = db.Set<OpinionAct.Media.Data.Content.ArticleExpertRecord>().ToList();
        var topicRows = db.Topics.ToDictionary(t => t.Id);
        await store.LinkAsync(published, default);
        Assert.All(published, article =>
        {
            Assert.Equal(links.Where(l => l.ArticleId == article.Id).Select(l => l.TopicId).Order(), article.Topics.Select(t => t.TopicId).Order());
            Assert.All(article.Topics, t => Assert.Equal(t.TopicId, t.Topic!.Id));
            Assert.All(article.Topics, t => Assert.Equal((topicRows[t.TopicId].Name, topicRows[t.TopicId].Slug), (t.Topic!.Name, t.Topic.Slug)));
            Assert.Equal(expertLinks.Where(l => l.ArticleId == article.Id).Select(l => l.ExpertId).Order(), article.Experts.Select(e => e.ExpertId).Order());
            Assert.All(article.Experts, e => Assert.False(string.IsNullOrEmpty(e.Expert!.Name)));
        });
        Assert.Contains(published, a => a.Experts.Count > 0);

        Assert.Null(await store.ArticlePageAsync("no-such-article", default));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Article_page_query_should_read_whom_to_credit_only_for_an_article_that_republishes_an_allys(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = await DemoHubAsync(storage, "credits");

        await using var db = host.Get<MediaDatabase>().CreateTenantContext("credits");
        var published = db.Articles.Where(a => a.Status == (int)OpinionAct.Media.Content.ArticleStatus.Published).OrderBy(a => a.Id).Take(2).ToList();
        var copied = new DateTime(2026, 11, 2, 8, 30, 0, DateTimeKind.Utc);
        db.Add(new OpinionAct.Media.Data.Syndication.SyndicatedCopyRecord
        {
            ArticleId = published[0].Id,
            OfferId = 41,
            OriginHub = "Énergies d'ici",
            OriginalUrl = "https://allie.example/energies/pompe",
            OriginalPublishedUtc = copied,
            Authors = "Léa Martin",
            UpdatedUtc = copied,
        });
        await db.SaveChangesAsync();
        var store = new SiteStore(db);

        var copy = await store.ArticlePageAsync(published[0].Path, default);
        var own = await store.ArticlePageAsync(published[1].Path, default);

        Assert.Equal(published[0].Id, copy!.Article.Id);
        Assert.Equal(published[0].BodyHtml, copy.Article.BodyHtml);
        Assert.Equal(("Énergies d'ici", "https://allie.example/energies/pompe", "Léa Martin"), (copy.Origin!.OriginHub, copy.Origin.OriginalUrl, copy.Origin.Authors));
        Assert.Equal(copied, copy.Origin.OriginalPublishedUtc);
        Assert.Equal(DateTimeKind.Utc, copy.Origin.OriginalPublishedUtc!.Value.Kind);
        Assert.Equal(published[1].Id, own!.Article.Id);
        Assert.Null(own.Origin);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Compiled_home_lists_should_page_through_the_published_articles_newest_first(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = await DemoHubAsync(storage, "homelists");

        await using var db = host.Get<MediaDatabase>().CreateTenantContext("homelists");
        var now = DateTime.UtcNow;
        db.Articles.Add(new() { Path = "newest-draft", Title = "Brouillon", Featured = true, Status = (int)OpinionAct.Media.Content.ArticleStatus.Draft, PublishedUtc = now.AddDays(1), CreatedUtc = now, UpdatedUtc = now });
        await db.SaveChangesAsync();
        var published = db.Articles.Where(a => a.Status == (int)OpinionAct.Media.Content.ArticleStatus.Published).AsEnumerable()
            .OrderByDescending(a => a.PublishedUtc).ThenByDescending(a => a.Id).ToList();
        Assert.Contains(published, a => a.Featured);
        var store = new SiteStore(db);

        var (first, total) = await store.CardsAsync(1, 4, default);
        var (second, _) = await store.CardsAsync(2, 4, default);
        var (featured, featuredTotal) = await store.CardsAsync(1, 50, default, featured: true);
        var (notFeatured, uncounted) = await store.CardsAsync(1, 50, default, featured: false, count: false);

        Assert.Equal(published.Count, total);
        Assert.Equal(published.Take(8).Select(a => a.Id), first.Concat(second).Select(a => a.Id));
        Assert.Equal(published.Where(a => a.Featured).Select(a => a.Id), featured.Select(a => a.Id));
        Assert.Equal(published.Count(a => a.Featured), featuredTotal);
        Assert.Equal(published.Where(a => !a.Featured).Take(50).Select(a => a.Id), notFeatured.Select(a => a.Id));
        Assert.Equal(-1, uncounted);
        Assert.All(first, card => Assert.Equal(string.Empty, card.BodyHtml)); // cards, not whole articles
        Assert.Equal(db.Experts.OrderBy(e => e.Name).Select(e => e.Id).ToList(), (await store.ExpertsAsync(default)).Select(e => e.Id)); // the database's collation
    }

    /// <summary>A host serving the demo recipe's hub under <paramref name="name"/>.</summary>
    private static async Task<MediaHost> DemoHubAsync(TestStorage storage, string name)
    {
        var host = new MediaHost(storage);
        try
        {
            var created = await host.Provisioner.CreateAsync(new() { Name = name, Recipe = "demo-brand" }, default);
            Assert.True(created.Succeeded, created.Report.Summary);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }
}
