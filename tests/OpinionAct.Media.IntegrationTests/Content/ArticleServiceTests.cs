using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.IntegrationTests.Content;

public sealed class ArticleServiceTests : IAsyncLifetime
{
    private static readonly ContentActor Author = new("author-1", new HashSet<string> { ContentActor.Author });
    private static readonly ContentActor OtherAuthor = new("author-2", new HashSet<string> { ContentActor.Author });
    private static readonly ContentActor Reader = new("reader", new HashSet<string>());

    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private ContentSeed _seed = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("articles");
        _seed = new ContentSeed(_host, "articles");
        await _seed.TopicAsync("Sobriété", "sobriete");
        await _seed.ExpertAsync("Julien Ferrand");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private Task<T> Articles<T>(Func<ArticleService, Task<T>> work) =>
        _seed.InTenantAsync(sp => work(sp.GetRequiredService<ArticleService>()));

    [Fact]
    public async Task Create_should_derive_an_accent_free_path_and_keep_a_first_revision()
    {
        var article = await Articles(s => s.CreateAsync(ContentSeed.Draft("Sobriété énergétique : où en est-on ?", ["sobriete"], ["julien-ferrand"]), ContentSeed.Editor, default));
        var revisions = await Articles(s => s.RevisionsAsync(article.Id, default));

        Assert.Equal("sobriete-energetique-ou-en-est-on", article.Path);
        Assert.Equal(ArticleStatus.Draft, (ArticleStatus)article.Status);
        Assert.Equal("created", Assert.Single(revisions).Note);
        Assert.Contains("Contexte", article.BodyHtml, StringComparison.Ordinal);
        Assert.True(article.WordCount > 5);
    }

    [Fact]
    public async Task Save_should_refuse_missing_topics_experts_colliding_paths_and_bad_urls_all_at_once()
    {
        await Articles(s => s.CreateAsync(ContentSeed.Draft("Premier"), ContentSeed.Editor, default));
        var draft = ContentSeed.Draft("Second", ["inconnu"], ["personne"]) with
        {
            Path = "premier",
            Language = "de",
            CanonicalUrl = "javascript:alert(1)",
            CoverImage = "data:image/png;base64,AAAA",
            Sources = [new SourceEntry("", "ftp://x")],
            Corrections = [new CorrectionEntry(new DateTimeOffset(1900, 1, 1, 0, 0, 0, TimeSpan.Zero), "")],
        };

        var ex = await Assert.ThrowsAsync<ContentValidationException>(() => Articles(s => s.CreateAsync(draft, ContentSeed.Editor, default)));

        Assert.Contains("Topics", ex.Errors.Keys);
        Assert.Contains("Experts", ex.Errors.Keys);
        Assert.Contains("Path", ex.Errors.Keys);
        Assert.Contains("Language", ex.Errors.Keys);
        Assert.Contains("CanonicalUrl", ex.Errors.Keys);
        Assert.Contains("CoverImage", ex.Errors.Keys);
        Assert.Contains("Sources[0].Title", ex.Errors.Keys);
        Assert.Contains("Sources[0].Url", ex.Errors.Keys);
        Assert.Contains("Corrections[0].Date", ex.Errors.Keys);
        Assert.Contains("Corrections[0].Text", ex.Errors.Keys);
        Assert.Equal(1, await _seed.InTenantAsync(sp => Task.FromResult(sp.GetRequiredService<Data.Tenant.TenantDbContext>().Articles.Count())));
    }

    [Theory]
    [InlineData("admin/page")]
    [InlineData("topics")]
    [InlineData("feed.xml")]
    [InlineData("Majuscules")]
    [InlineData("../etc/passwd")]
    public async Task Save_should_refuse_paths_that_clash_with_site_routes_or_are_not_slugs(string path)
    {
        var ex = await Assert.ThrowsAsync<ContentValidationException>(() =>
            Articles(s => s.CreateAsync(ContentSeed.Draft("Titre") with { Path = path }, ContentSeed.Editor, default)));

        Assert.Contains("Path", ex.Errors.Keys);
    }

    [Fact]
    public async Task Revisions_should_be_restorable_as_a_new_revision()
    {
        var article = await Articles(s => s.CreateAsync(ContentSeed.Draft("Titre d'origine"), ContentSeed.Editor, default));
        await Articles(s => s.SaveAsync(article.Id, ContentSeed.Draft("Titre modifié") with { Path = article.Path }, ContentSeed.Editor, default));

        var restored = await Articles(s => s.RestoreAsync(article.Id, 1, ContentSeed.Editor, default));
        var revisions = await Articles(s => s.RevisionsAsync(article.Id, default));
        var second = await Articles(s => s.RevisionDraftAsync(article.Id, 2, default));

        Assert.Equal("Titre d'origine", restored.Title);
        Assert.Equal([3, 2, 1], revisions.Select(r => r.Number));
        Assert.Equal("restored revision 1", revisions[0].Note);
        Assert.Equal("Titre modifié", second.Title);
    }

    [Fact]
    public async Task Authors_should_edit_only_their_own_drafts_and_never_publish()
    {
        var own = await Articles(s => s.CreateAsync(ContentSeed.Draft("Mon brouillon"), Author, default));

        await Articles(s => s.SaveAsync(own.Id, ContentSeed.Draft("Mon brouillon revu") with { Path = own.Path }, Author, default));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Articles(s => s.PublishAsync(own.Id, Author, null, default)));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Articles(s => s.SaveAsync(own.Id, ContentSeed.Draft("Pas à moi"), OtherAuthor, default)));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Articles(s => s.CreateAsync(ContentSeed.Draft("Lecteur"), Reader, default)));
        await Articles(s => s.PublishAsync(own.Id, ContentSeed.Editor, null, default));
        await Assert.ThrowsAsync<ContentAccessDeniedException>(() => Articles(s => s.SaveAsync(own.Id, ContentSeed.Draft("Après publication") with { Path = own.Path }, Author, default)));
    }

    [Fact]
    public async Task Scheduled_article_should_stay_hidden_until_the_scheduler_publishes_it()
    {
        var id = await _seed.ArticleAsync(ContentSeed.Draft("Programmé"), publish: true, at: DateTimeOffset.UtcNow.AddHours(1));
        var client = _host.Client();
        var before = await client.GetAsync(new Uri("/articles/programme", UriKind.Relative));

        // Pretend the hour has passed: move the schedule into the past, then run one scheduler pass.
        await _seed.InTenantAsync(async sp =>
        {
            var db = sp.GetRequiredService<Data.Tenant.TenantDbContext>();
            var article = await db.Articles.FindAsync(id);
            article!.ScheduledUtc = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        var published = await Articles(s => s.PublishDueAsync(default));
        var after = await client.GetAsync(new Uri("/articles/programme", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(1, published);
        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Published_date_should_survive_unpublish_and_republish()
    {
        var id = await _seed.ArticleAsync(ContentSeed.Draft("Daté"));
        var first = (await Articles(s => s.LoadAsync(id, default))).PublishedUtc;

        await Articles(s => s.UnpublishAsync(id, ContentSeed.Editor, default));
        var republished = await Articles(s => s.PublishAsync(id, ContentSeed.Editor, null, default));

        Assert.Equal(first, republished.PublishedUtc);
    }
}
