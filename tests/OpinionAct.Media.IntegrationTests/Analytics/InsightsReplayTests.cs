using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Insights;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Insights;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Analytics;

/// <summary>
/// Replays a generated two-day traffic log whose truth is computed here, through the HTTP API as
/// the tracker sends it, and checks the exact figures per article, topic, expert and source through
/// the insights service and the CLI, before and after raw events are purged.
/// </summary>
public sealed class InsightsReplayTests
{
    private static readonly ContentActor Editor = new("editor-1", new HashSet<string> { ContentActor.Editor });

    public static TheoryData<string> Providers() => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Insights_should_match_the_ground_truth_when_a_generated_traffic_log_is_replayed(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var clock = new AdjustableClock();
        await using var node = Node(storage, clock);
        var name = "replay" + Guid.NewGuid().ToString("n")[..6];
        var created = await node.Services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = name, Prefix = name }, default);
        Assert.True(created.Succeeded, created.Report.Summary);
        var tenant = (await node.Services.GetRequiredService<ITenantStore>().FindAsync(name, default))!;

        // Content: two topics, two experts, four articles (one in both topics, one without expert, one without topic).
        var site = await SeedAsync(node.Services, tenant);
        var client = node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        var traffic = new Traffic(client, name);
        var truth = new Truth(site);
        var day1 = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var rng = new Random(20261126);

        // The roll-up runs now and then during the replay (as the maintenance service would), so the
        // incremental path (visitors already counted earlier that day) is exercised, not only one big pass.
        var rollup = node.Services.GetRequiredService<AnalyticsRollup>();
        Task RollUpAsync() => rollup.CatchUpAsync(name, default);
        await ReplayDayAsync(traffic, truth, rng, day1, Enumerable.Range(0, 30).Select(i => $"10.0.0.{i + 1}").ToList(), RollUpAsync);
        clock.Advance(TimeSpan.FromDays(1));
        var day2 = day1.AddDays(1);
        var readers2 = Enumerable.Range(0, 15).Select(i => $"10.0.0.{i + 1}").Concat(Enumerable.Range(0, 10).Select(i => $"10.0.1.{i + 1}")).ToList();
        await ReplayDayAsync(traffic, truth, rng, day2, readers2, RollUpAsync);

        // Searches go through the site's search page, which logs them (the search demand source).
        foreach (var (query, times) in new[] { ("géothermiques", 2), ("combles", 3), ("zzzxqj", 3), ("kryptonite", 1) })
        {
            for (var i = 0; i < times; i++)
            {
                using var response = await client.GetAsync($"/{name}/search?q={Uri.EscapeDataString(query)}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
        }

        var period = new InsightsPeriod(day1, day2);
        var report = await ReportAsync(node.Services, tenant, period);
        truth.AssertMatches(report);
        Assert.True(report.Current.ReturningShare > 0 && report.Current.Signups > 0 && report.Sources.Count >= 5, JsonSerializer.Serialize(report.Current));
        Assert.Equal(9, report.Current.Searches);
        Assert.Equal(4, report.Current.ZeroResultSearches);
        Assert.Equal([new ContentGap("zzzxqj", 3), new ContentGap("kryptonite", 1)], report.Gaps);
        Assert.Equal(2 + 3, Topic(report, "chaleur").SearchDemand);
        Assert.Equal(3, Topic(report, "isolation").SearchDemand);

        // The CLI prints the same numbers, from the same service.
        var cli = await CliRunner.RunAsync(storage, "insights", "topics", "--tenant", name, "--from", day1.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--to", day2.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--json");
        Assert.True(cli.ExitCode == 0, cli.ToString());
        using (var json = JsonDocument.Parse(cli.Out))
        {
            foreach (var topic in json.RootElement.GetProperty("topics").EnumerateArray())
            {
                var expected = report.Topics.Single(t => t.Slug == topic.GetProperty("slug").GetString());
                Assert.Equal(expected.Views, topic.GetProperty("views").GetInt64());
                Assert.Equal(expected.Visitors, topic.GetProperty("visitors").GetInt64());
                Assert.Equal(expected.Signups, topic.GetProperty("signups").GetInt64());
                Assert.Equal(expected.AvgEngagedSeconds, topic.GetProperty("avgEngagedSeconds").GetDouble());
                Assert.Equal(expected.ReturningShare, topic.GetProperty("returningShare").GetDouble());
            }

            Assert.Equal(report.Current.Visitors, json.RootElement.GetProperty("current").GetProperty("visitors").GetInt64());
        }

        var articlesCli = await CliRunner.RunAsync(storage, "insights", "articles", "--tenant", name, "--from", day1.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "--to", day2.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.True(articlesCli.ExitCode == 0, articlesCli.ToString());
        foreach (var article in report.Articles)
        {
            Assert.Contains($"{article.Views,8} {article.Visitors,8}", articlesCli.Out, StringComparison.Ordinal);
        }

        // Forty days later the raw events are purged and the salts destroyed; the figures stay.
        clock.Advance(TimeSpan.FromDays(40));
        await node.Services.GetRequiredService<AnalyticsMaintenance>().RunOnceAsync(purge: true, default);
        await using (var scope = node.Services.CreateTenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            Assert.Equal(0, await db.AnalyticsEvents.CountAsync());
            Assert.Equal(0, await db.AnalyticsSalts.CountAsync());
        }

        var after = await ReportAsync(node.Services, tenant, period);
        Assert.Equal(JsonSerializer.Serialize(report), JsonSerializer.Serialize(after));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Visitor_keys_should_change_daily_and_salts_should_be_destroyed_after_the_next_day(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var clock = new AdjustableClock();
        await using var node = Node(storage, clock);
        var name = "salts" + Guid.NewGuid().ToString("n")[..6];
        Assert.True((await node.Services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = name, Prefix = name }, default)).Succeeded);
        var tenant = (await node.Services.GetRequiredService<ITenantStore>().FindAsync(name, default))!;
        var traffic = new Traffic(node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") }), name);
        var day1 = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        await traffic.SendAsync("192.0.2.77", new { type = "pageview", url = traffic.Url("") });
        clock.Advance(TimeSpan.FromDays(1));
        await traffic.SendAsync("192.0.2.77", new { type = "pageview", url = traffic.Url("") });

        await using (var scope = node.Services.CreateTenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            var events = await db.AnalyticsEvents.OrderBy(e => e.Id).ToListAsync();
            Assert.Equal(2, events.Count);
            Assert.NotEqual(events[0].VisitorKey, events[1].VisitorKey);
            Assert.Equal(0, events[0].PreviousVisitorKey);
            Assert.Equal(events[0].VisitorKey, events[1].PreviousVisitorKey);
            Assert.Equal([day1, day1.AddDays(1)], await db.AnalyticsSalts.OrderBy(s => s.Day).Select(s => s.Day).ToListAsync());
        }

        // Day 3: day 1's salt has lived its day and the next; it is destroyed.
        clock.Advance(TimeSpan.FromDays(1));
        await node.Services.GetRequiredService<AnalyticsMaintenance>().RunOnceAsync(purge: true, default);
        await traffic.SendAsync("192.0.2.77", new { type = "pageview", url = traffic.Url("") });
        await using (var scope = node.Services.CreateTenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            Assert.Equal([day1.AddDays(1), day1.AddDays(2)], await db.AnalyticsSalts.OrderBy(s => s.Day).Select(s => s.Day).ToListAsync());
        }

        if (provider == "Sqlite")
        {
            // Neither the address nor the user agent is anywhere in the tenant's files.
            SqliteConnectionClear();
            var folder = Path.Combine(storage.DataPath, "tenants", name);
            foreach (var file in Directory.GetFiles(folder, "tenant.db*"))
            {
                var bytes = await File.ReadAllBytesAsync(file);
                Assert.DoesNotContain("192.0.2.77", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
                Assert.DoesNotContain("Chrome/131.0", System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Previous_visitor_keys_should_be_erased_when_the_salt_they_were_made_with_is_destroyed(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var clock = new AdjustableClock();
        await using var node = Node(storage, clock);
        var name = "chain" + Guid.NewGuid().ToString("n")[..6];
        Assert.True((await node.Services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = name, Prefix = name }, default)).Succeeded);
        var tenant = (await node.Services.GetRequiredService<ITenantStore>().FindAsync(name, default))!;
        var traffic = new Traffic(node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") }), name);
        var maintenance = node.Services.GetRequiredService<AnalyticsMaintenance>();
        var day1 = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // The same three readers come back day after day, so every day's events could be chained to the day before's.
        async Task VisitAsync(params string[] readers)
        {
            foreach (var reader in readers)
            {
                await traffic.SendAsync(reader, new { type = "pageview", url = traffic.Url("") });
            }
        }

        async Task<List<(DateOnly Day, long Key, long Previous)>> EventsAsync()
        {
            await using var scope = node.Services.CreateTenantScope(tenant);
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            return (await db.AnalyticsEvents.AsNoTracking().OrderBy(e => e.Id).Select(e => new { e.Day, e.VisitorKey, e.PreviousVisitorKey }).ToListAsync())
                .Select(e => (e.Day, e.VisitorKey, e.PreviousVisitorKey)).ToList();
        }

        await VisitAsync("198.51.100.1", "198.51.100.2", "198.51.100.3");
        clock.Advance(TimeSpan.FromDays(1));
        await VisitAsync("198.51.100.1", "198.51.100.2", "198.51.100.4");
        await maintenance.RunOnceAsync(purge: true, default);
        clock.Advance(TimeSpan.FromDays(1));
        await VisitAsync("198.51.100.1", "198.51.100.4");
        var period = new InsightsPeriod(day1, day1.AddDays(2));
        var report = await ReportAsync(node.Services, tenant, period);
        Assert.Equal(5, (await EventsAsync()).Count(e => e.Previous != 0));

        // Day 3's maintenance destroys day 1's salt: day 2's events lose their key under it; day 3's keep theirs (day 2's salt lives on).
        await maintenance.RunOnceAsync(purge: true, default);
        var events = await EventsAsync();
        Assert.All(events.Where(e => e.Day < day1.AddDays(2)), e => Assert.Equal(0, e.Previous));
        Assert.Equal(2, events.Count(e => e.Day == day1.AddDays(2) && e.Previous != 0));

        // Day 4: day 2's salt is gone too; no stored event of a finished day can be linked to the day before's.
        clock.Advance(TimeSpan.FromDays(1));
        await maintenance.RunOnceAsync(purge: true, default);
        events = await EventsAsync();
        Assert.Equal(8, events.Count);
        Assert.All(events, e => Assert.Equal(0, e.Previous));
        var keys = events.Select(e => e.Key).ToHashSet();
        Assert.Equal(8, keys.Count);

        var after = await ReportAsync(node.Services, tenant, period);
        Assert.True(report.Current.ReturningShare > 0, JsonSerializer.Serialize(report.Current));
        Assert.Equal(JsonSerializer.Serialize(report), JsonSerializer.Serialize(after));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Previous_visitor_keys_should_be_erased_when_events_are_rolled_up_after_their_day(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        var clock = new AdjustableClock();
        await using var node = Node(storage, clock);
        var name = "late" + Guid.NewGuid().ToString("n")[..6];
        Assert.True((await node.Services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = name, Prefix = name }, default)).Succeeded);
        var tenant = (await node.Services.GetRequiredService<ITenantStore>().FindAsync(name, default))!;
        var traffic = new Traffic(node.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") }), name);
        var day1 = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

        // Nothing is rolled up until two days later (the maintenance was not running).
        await traffic.SendAsync("198.51.100.1", new { type = "pageview", url = traffic.Url("") });
        await traffic.SendAsync("198.51.100.2", new { type = "pageview", url = traffic.Url("") });
        clock.Advance(TimeSpan.FromDays(1));
        await traffic.SendAsync("198.51.100.1", new { type = "pageview", url = traffic.Url("") });
        clock.Advance(TimeSpan.FromDays(1));
        await node.Services.GetRequiredService<AnalyticsRollup>().CatchUpAsync(name, default);

        await using (var scope = node.Services.CreateTenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            Assert.Equal(3, await db.AnalyticsEvents.CountAsync());
            Assert.Equal(0, await db.AnalyticsEvents.CountAsync(e => e.PreviousVisitorKey != 0));
        }

        var report = await ReportAsync(node.Services, tenant, new InsightsPeriod(day1, day1.AddDays(1)));
        Assert.Equal(3, report.Current.Visitors);
        Assert.Equal(Math.Round(1 / 3.0, 4), report.Current.ReturningShare);
    }

    private static void SqliteConnectionClear() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    private static SubjectInsight Topic(InsightsReport report, string slug) => report.Topics.Single(t => t.Slug == slug);

    // A node on the test's clock that trusts the loopback proxy. The tests run maintenance themselves: moving the clock a
    // day must not make the scheduler purge in the background between two steps.
    private static MediaHost Node(TestStorage storage, AdjustableClock clock) => new(
        storage,
        new Dictionary<string, string?>
        {
            ["Media:Analytics:TrustedProxies:0"] = "127.0.0.1",
            ["Media:Analytics:MaintenanceInterval"] = "01:00:00",
        },
        clock,
        schedulerJobs: false);

    // Search queries are logged through a group-committed queue (a search's answer needs no durable write): the
    // report waits for what is queued.
    private static async Task<InsightsReport> ReportAsync(IServiceProvider services, TenantDescriptor tenant, InsightsPeriod period)
    {
        await services.GetRequiredService<SearchQueryLog>().FlushAsync(tenant.Name, default);
        await using var scope = services.CreateTenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<InsightsService>().ReportAsync(period, default);
    }

    private static async Task ReplayDayAsync(Traffic traffic, Truth truth, Random rng, DateOnly day, List<string> readers, Func<Task> rollUp)
    {
        var done = 0;
        string[] referrers = ["", "https://www.google.fr/", "https://www.facebook.com/", "NEWSLETTER", "https://blog.example.org/post"];
        var pages = truth.Site.Articles.Select(a => (int?)a.Id).Append(null).ToList();
        foreach (var reader in readers)
        {
            var events = new List<object>();
            var views = rng.Next(1, 5);
            int? lastArticle = null;
            for (var v = 0; v < views; v++)
            {
                var article = pages[rng.Next(pages.Count)];
                var path = article is { } id ? truth.Site.Articles.Single(a => a.Id == id).Path : string.Empty;
                var referrer = referrers[rng.Next(referrers.Length)];
                var url = traffic.Url(path) + (referrer == "NEWSLETTER" ? "?utm_source=newsletter&utm_medium=email&utm_campaign=week-48" : string.Empty);
                var source = referrer switch { "" => "direct", "NEWSLETTER" => "newsletter", "https://www.google.fr/" => "search-engine", "https://www.facebook.com/" => "social", _ => "other-site" };
                var referrerField = referrer is "" or "NEWSLETTER" ? null : referrer;
                var seconds = rng.Next(0, 300);
                var depth = rng.Next(0, 101);
                events.Add(new { type = "pageview", url, referrer = referrerField });
                events.Add(new { type = "engagement", url, referrer = referrerField, engagedSeconds = seconds, scrollDepth = depth });
                truth.View(day, reader, article, source, seconds, depth >= 75);
                lastArticle = article ?? lastArticle;
            }

            var signs = rng.Next(0, 10) < 3;
            if (signs)
            {
                // What an older tracker still sends: counted as nothing. The server counts the signup itself, below.
                events.Add(new { type = "subscribe", url = traffic.Url(string.Empty) });
            }

            // Half the readers' events arrive one request at a time, the others in one batch.
            if (rng.Next(0, 2) == 0)
            {
                await traffic.SendAsync(reader, [.. events]);
            }
            else
            {
                foreach (var e in events)
                {
                    await traffic.SendAsync(reader, e);
                }
            }

            if (signs)
            {
                var page = lastArticle is { } last ? truth.Site.Articles.Single(a => a.Id == last).Path : string.Empty;
                using var signup = new HttpRequestMessage(HttpMethod.Post, $"/{traffic.Prefix}/subscribe")
                {
                    Content = System.Net.Http.Json.JsonContent.Create(new { email = $"r{reader.Replace('.', '-')}-{day:MMdd}@reader.example", newsletters = new[] { "hebdo" }, page = traffic.Url(page) }),
                };
                signup.Headers.Add("X-Forwarded-For", reader);
                using var accepted = await traffic.Client.SendAsync(signup);
                Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
                truth.Signup(lastArticle);
            }

            if (++done % 7 == 0)
            {
                await rollUp();
            }
        }
    }

    private static async Task<SeededSite> SeedAsync(IServiceProvider services, TenantDescriptor tenant)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var sp = scope.ServiceProvider;
        var topics = sp.GetRequiredService<TopicService>();
        var experts = sp.GetRequiredService<ExpertService>();
        var articles = sp.GetRequiredService<ArticleService>();
        var db = sp.GetRequiredService<TenantDbContext>();
        await sp.GetRequiredService<NewsletterService>().SaveAsync(null, new NewsletterDraft { Slug = "hebdo", Name = "La lettre", SenderName = "Test", SenderAddress = "lettre@replay.example" }, Editor, default);
        await topics.SaveAsync(null, new TopicDraft("Chaleur", "chaleur", "Chauffage.", null), Editor, default);
        await topics.SaveAsync(null, new TopicDraft("Isolation", "isolation", "Isolation.", null), Editor, default);
        var e1 = await experts.SaveAsync(null, new ExpertDraft { Name = "Claire Martin" }, Editor, default);
        var e2 = await experts.SaveAsync(null, new ExpertDraft { Name = "Paul Durand" }, Editor, default);
        var result = new List<SeededArticle>();
        async Task Add(string title, string[] topicSlugs, string[] expertSlugs, int corrections)
        {
            var draft = new ArticleDraft
            {
                Title = title,
                Dek = "Un article de test.",
                Body = $"Le sujet « {title} » mérite une explication.",
                Topics = topicSlugs,
                Experts = expertSlugs,
                Sources = [new SourceEntry("Rapport", "https://www.ademe.fr/", "ADEME", "Une affirmation.")],
                Corrections = Enumerable.Range(0, corrections).Select(i => new CorrectionEntry(DateTimeOffset.UtcNow, $"Correction {i}.")).ToList(),
            };
            var article = await articles.CreateAsync(draft, Editor, default);
            await articles.PublishAsync(article.Id, Editor, null, default);
            result.Add(new SeededArticle(article.Id, (await db.Articles.AsNoTracking().SingleAsync(a => a.Id == article.Id)).Path, topicSlugs, expertSlugs.Length > 0 ? expertSlugs : []));
        }

        var slug1 = (await db.Experts.AsNoTracking().SingleAsync(e => e.Id == e1.Id)).Slug;
        var slug2 = (await db.Experts.AsNoTracking().SingleAsync(e => e.Id == e2.Id)).Slug;
        await Add("Pompes à chaleur géothermiques", ["chaleur"], [slug1], 1);
        await Add("Isolation des combles perdus", ["chaleur", "isolation"], [slug2], 0);
        await Add("Rénovation des fenêtres anciennes", ["isolation"], [], 2);
        await Add("Ventilation double flux", [], [slug1], 0);
        return new SeededSite(result, slug1, slug2);
    }

    private sealed record SeededArticle(int Id, string Path, string[] Topics, string[] Experts);

    private sealed record SeededSite(List<SeededArticle> Articles, string Expert1, string Expert2);

    /// <summary>The expected figures, computed from the generated log itself.</summary>
    private sealed class Truth(SeededSite site)
    {
        private readonly List<(DateOnly Day, string Reader, int? Article, string Source, int Seconds, bool Complete)> _views = [];
        private readonly List<int?> _signups = [];

        public SeededSite Site => site;

        public void View(DateOnly day, string reader, int? article, string source, int seconds, bool complete) => _views.Add((day, reader, article, source, seconds, complete));

        public void Signup(int? article) => _signups.Add(article);

        public void AssertMatches(InsightsReport report)
        {
            Assert.Equal(_views.Count, report.Current.Views);
            Assert.Equal(DailyUniques(_views), report.Current.Visitors);
            Assert.Equal(Rate(_views.Sum(v => v.Seconds), _views.Count), report.Current.AvgEngagedSeconds);
            Assert.Equal(Rate(_views.Count(v => v.Complete), _views.Count), report.Current.CompletionRate);
            Assert.Equal(Rate(Returning(_views), DailyUniques(_views)), report.Current.ReturningShare);
            Assert.Equal(_signups.Count, report.Current.Signups);

            foreach (var article in site.Articles)
            {
                var views = _views.Where(v => v.Article == article.Id).ToList();
                var row = report.Articles.SingleOrDefault(a => a.Id == article.Id);
                Assert.Equal(views.Count, row?.Views ?? 0);
                if (row is null)
                {
                    continue;
                }

                Assert.Equal(DailyUniques(views), row.Visitors);
                Assert.Equal(Rate(views.Sum(v => v.Seconds), views.Count), row.AvgEngagedSeconds);
                Assert.Equal(Rate(views.Count(v => v.Complete), views.Count), row.CompletionRate);
                Assert.Equal(_signups.Count(s => s == article.Id), row.Signups);
            }

            foreach (var slug in new[] { "chaleur", "isolation" })
            {
                var ids = site.Articles.Where(a => a.Topics.Contains(slug)).Select(a => a.Id).ToHashSet();
                AssertSubject(report.Topics.Single(t => t.Slug == slug), ids);
            }

            foreach (var slug in new[] { site.Expert1, site.Expert2 })
            {
                var ids = site.Articles.Where(a => a.Experts.Contains(slug)).Select(a => a.Id).ToHashSet();
                AssertSubject(report.Experts.Single(t => t.Slug == slug), ids);
            }

            foreach (var source in _views.GroupBy(v => v.Source))
            {
                var row = report.Sources.Single(s => s.Source == source.Key);
                Assert.Equal(source.Count(), row.Views);
                Assert.Equal(DailyUniques(source.ToList()), row.Visitors);
            }

            var chaleur = report.Topics.Single(t => t.Slug == "chaleur");
            Assert.Equal(2, chaleur.Articles);
            Assert.Equal(1.0, chaleur.AvgSources);
            Assert.Equal(1, chaleur.Corrections);
            Assert.Equal(1.0, chaleur.ExpertBylineShare);
            var isolation = report.Topics.Single(t => t.Slug == "isolation");
            Assert.Equal(2, isolation.Corrections);
            Assert.Equal(0.5, isolation.ExpertBylineShare);
            Assert.NotNull(chaleur.Score);
        }

        private void AssertSubject(SubjectInsight row, HashSet<int> ids)
        {
            var views = _views.Where(v => v.Article is { } id && ids.Contains(id)).ToList();
            Assert.Equal(views.Count, row.Views);
            Assert.Equal(DailyUniques(views), row.Visitors);
            Assert.Equal(Rate(views.Sum(v => v.Seconds), views.Count), row.AvgEngagedSeconds);
            Assert.Equal(Rate(views.Count(v => v.Complete), views.Count), row.CompletionRate);
            Assert.Equal(Rate(Returning(views), DailyUniques(views)), row.ReturningShare);
            Assert.Equal(_signups.Count(s => s is { } id && ids.Contains(id)), row.Signups);
        }

        private static long DailyUniques(List<(DateOnly Day, string Reader, int? Article, string Source, int Seconds, bool Complete)> views) =>
            views.Select(v => (v.Day, v.Reader)).Distinct().Count();

        /// <summary>Daily uniques whose reader viewed any page of the site the day before.</summary>
        private long Returning(List<(DateOnly Day, string Reader, int? Article, string Source, int Seconds, bool Complete)> views) =>
            views.Select(v => (v.Day, v.Reader)).Distinct().Count(u => _views.Any(o => o.Day == u.Day.AddDays(-1) && o.Reader == u.Reader));

        private static double Rate(long part, long whole) => whole == 0 ? 0 : Math.Round(part / (double)whole, 4);
    }
}
