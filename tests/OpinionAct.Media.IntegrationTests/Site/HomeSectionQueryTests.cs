using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>
/// The home page's topic sections are read in one windowed query for every topic, then merged per topic family
/// (a root topic and its subtopics). They must list exactly what one query per family lists (the topic page's query):
/// the same articles, in the same order.
/// </summary>
public sealed class HomeSectionQueryTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Providers), MemberType = typeof(TestStorage))]
    public async Task Merged_newest_cards_should_equal_one_query_per_topic_family_when_read_for_every_topic(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var created = await host.Provisioner.CreateAsync(new() { Name = "sections", Recipe = "demo-brand" }, default);
        Assert.True(created.Succeeded, created.Report.Summary);

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
}
