using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.CorrectionNotices;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Newsletters;
using OpinionAct.Media.Web.Content;

namespace OpinionAct.Media.IntegrationTests.CorrectionNotices;

/// <summary>
/// A hub whose issue listing an article was sent to <see cref="Readers"/> subscribers (a subscriber of another
/// newsletter got nothing), and whose article then received a correction: what every notice test starts from.
/// </summary>
public sealed partial class NoticeScenario : IAsyncDisposable
{
    public const int Readers = 4;

    public const string OtherReader = "reader00100@example.test";

    private NoticeScenario(TestStorage storage, SmtpSink sink, MediaHost host, IssueSeed seed)
    {
        Storage = storage;
        Sink = sink;
        Host = host;
        Seed = seed;
    }

    public TestStorage Storage { get; }

    public SmtpSink Sink { get; }

    public MediaHost Host { get; }

    public IssueSeed Seed { get; }

    public int Newsletter { get; private set; }

    public int Article { get; private set; }

    public string ArticlePath { get; private set; } = string.Empty;

    public int Issue { get; private set; }

    public static async Task<NoticeScenario> CreateAsync(string provider)
    {
        var storage = await TestStorage.CreateAsync(provider);
        var sink = new SmtpSink();
        var host = IssueSendingTests.Host(storage, sink.Settings());
        await host.CreateTenantAsync("news", prefix: "news");
        await AdminClient.AddUserAsync(storage, "news", "editor@news.test", "Editor");
        await AdminClient.AddUserAsync(storage, "news", "author@news.test", "Author");
        await AdminClient.AddUserAsync(storage, "news", "admin@news.test", "Admin");
        var scenario = new NoticeScenario(storage, sink, host, new IssueSeed(host, "news"));
        await scenario.SendIssueAsync();
        return scenario;
    }

    private async Task SendIssueAsync()
    {
        Newsletter = await Seed.NewsletterAsync();
        var other = await Seed.NewsletterAsync("autre", "L'autre lettre");
        await Seed.SubscribersAsync(Newsletter, Readers);
        await Seed.SubscribersAsync(other, 1, from: 100);
        Article = await Seed.Content.ArticleAsync(ContentSeed.Draft("Pompes à chaleur en hiver"));
        Issue = await Seed.IssueAsync(Newsletter, articles: [Article]);
        await Seed.QueueAsync(Issue);
        await Seed.SentAsync(Issue);
        await Eventually.TrueAsync(() => Task.FromResult(Sink.Count == Readers), TimeSpan.FromSeconds(20), "the issue's messages");

        // The correction comes after the issue went out, as in the newsroom.
        ArticlePath = await Seed.Content.InTenantAsync(async sp =>
        {
            var articles = sp.GetRequiredService<ArticleService>();
            var article = await articles.LoadAsync(Article, default);
            var draft = ArticleService.ToDraft(article) with
            {
                Corrections = [new CorrectionEntry(new DateTimeOffset(2026, 12, 5, 0, 0, 0, TimeSpan.Zero), "Le rendement annoncé était de 4, il est de 3,2 à −7 °C.")],
            };
            return (await articles.SaveAsync(Article, draft, ContentSeed.Editor, default)).Path;
        });
    }

    public Task<AdminClient> EditorAsync() => AdminClient.SignInAsync(Host.Client(), "news", "editor@news.test");

    public Task<AdminClient> AdminAsync() => AdminClient.SignInAsync(Host.Client(), "news", "admin@news.test");

    public Task<AdminClient> AuthorAsync() => AdminClient.SignInAsync(Host.Client(), "news", "author@news.test");

    /// <summary>The correction's key as the article's admin page offers it.</summary>
    public async Task<string> CorrectionKeyAsync(AdminClient editor)
    {
        var page = await editor.PageAsync($"/articles/{Article}");
        var match = CorrectionField().Match(page);
        Assert.True(match.Success, "the article page offers a notice");
        return match.Groups[1].Value;
    }

    public Task<HttpResponseMessage> NotifyAsync(AdminClient client, string correction, int issue) =>
        client.PostFormAsync($"/articles/{Article}", $"/articles/{Article}/notices",
            [new("correction", correction), new("issue", issue.ToString(System.Globalization.CultureInfo.InvariantCulture))]);

    public Task<List<CorrectionNoticeRecord>> NoticesAsync() =>
        Seed.Content.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<CorrectionNoticeRecord>().AsNoTracking().OrderBy(n => n.Id).ToListAsync());

    public Task<int> NoticeReadersAsync() =>
        Seed.Content.InTenantAsync(sp => sp.GetRequiredService<TenantDbContext>().Set<CorrectionNoticeRecipientRecord>().CountAsync());

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Sink.Dispose();
        await Storage.DisposeAsync();
    }

    [GeneratedRegex("name=\"correction\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex CorrectionField();
}
