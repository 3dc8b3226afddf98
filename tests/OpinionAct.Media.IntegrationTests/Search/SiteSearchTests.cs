using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Search;

public sealed class SiteSearchTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private ContentSeed _seed = null!;
    private int _heatPumps;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        // The node's clock stands still: a search's periodic look at the indexing log (every 5 s) never comes due by
        // itself, so what a test announces, or does not, is all that moves the index (a loaded machine can take longer
        // than 5 s between two steps).
        _host = new MediaHost(_storage, clock: new AdjustableClock());
        await _host.CreateTenantAsync("alpha");
        await _host.CreateTenantAsync("beta");
        _seed = new ContentSeed(_host, "alpha");
        await _seed.TopicAsync("Rénovation", "renovation");
        await _seed.TopicAsync("Réseaux", "reseaux");
        await _seed.ExpertAsync("Claire Morel");
        _heatPumps = await _seed.ArticleAsync(ContentSeed.Draft("Pompes à chaleur et rénovation", ["renovation"], ["claire-morel"]) with { Body = "La pompe à chaleur réduit la facture de chauffage." });
        await _seed.ArticleAsync(ContentSeed.Draft("Le réseau électrique", ["reseaux"]) with { Body = "Le réseau doit accueillir plus de chauffage électrique." });
        await _seed.ArticleAsync(ContentSeed.Draft("Brouillon sur le chauffage", ["renovation"]) with { Body = "Chauffage confidentiel." }, publish: false);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private async Task<JsonElement> ApiAsync(string tenant, string query)
    {
        var response = await _host.Client().GetAsync(new Uri($"/{tenant}/api/search?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<List<(string Query, int Results, int? Clicked)>> LoggedAsync()
    {
        // The log is written after the answers, in groups: wait for what is queued.
        await _host.Get<SearchQueryLog>().FlushAsync("alpha", default);
        await using var db = _host.Get<MediaDatabase>().CreateTenantContext("alpha");
        return (await db.SearchQueries.OrderBy(q => q.Id).ToListAsync()).Select(q => (q.Query, q.ResultCount, q.ClickedPosition)).ToList();
    }

    [Fact]
    public async Task Published_articles_should_be_found_at_once_and_drafts_never()
    {
        var json = await ApiAsync("alpha", "q=chauffage");

        var titles = json.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()).ToList();
        Assert.Equal(2, json.GetProperty("total").GetInt32());
        Assert.Contains("Pompes à chaleur et rénovation", titles);
        Assert.DoesNotContain("Brouillon sur le chauffage", titles);
        Assert.All(json.GetProperty("hits").EnumerateArray(), h => Assert.StartsWith("/alpha/", h.GetProperty("url").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unpublishing_should_remove_an_article_from_search_at_once()
    {
        await _seed.InTenantAsync(sp => sp.GetRequiredService<ArticleService>().UnpublishAsync(_heatPumps, ContentSeed.Editor, default));

        var json = await ApiAsync("alpha", "q=pompe");

        Assert.Equal(0, json.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Search_on_one_tenant_should_never_return_another_tenants_articles()
    {
        var beta = await ApiAsync("beta", "q=chauffage");
        var html = await _host.Client().GetStringAsync(new Uri("/beta/search?q=chauffage", UriKind.Relative));

        Assert.Equal(0, beta.GetProperty("total").GetInt32());
        Assert.DoesNotContain("Pompes à chaleur", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topic_filter_and_facets_should_narrow_and_count_matches()
    {
        var all = await ApiAsync("alpha", "q=chauffage");
        var filtered = await ApiAsync("alpha", "q=chauffage&topic=reseaux");

        var facets = all.GetProperty("facets").GetProperty("topics").EnumerateArray().ToDictionary(f => f.GetProperty("slug").GetString()!, f => f.GetProperty("count").GetInt32());
        Assert.Equal(1, facets["renovation"]);
        Assert.Equal(1, facets["reseaux"]);
        Assert.Equal("Le réseau électrique", Assert.Single(filtered.GetProperty("hits").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Queries_should_be_logged_once_normalised_redacted_and_with_their_result_count_not_per_page()
    {
        await ApiAsync("alpha", "q=%20%20Chauffage%20%20");
        await ApiAsync("alpha", "q=chauffage&pageSize=1&page=2");
        await ApiAsync("alpha", "q=hydrog%C3%A8ne");
        await ApiAsync("alpha", "q=contact%20jean.dupont%40example.org%2006%2012%2034%2056%2078");
        await ApiAsync("alpha", "q=");

        var logged = await LoggedAsync();

        Assert.Equal([("chauffage", 2, (int?)null), ("hydrogène", 0, null), ("contact [email] [number]", 0, null)], logged);
    }

    [Fact]
    public async Task Opening_a_result_from_the_search_page_should_record_its_position_and_redirect_to_the_article()
    {
        var client = _host.Client();
        var html = await client.GetStringAsync(new Uri("/alpha/search?q=pompe", UriKind.Relative));
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/alpha/search/go/[^\"]+)\"").Groups[1].Value;

        var response = await client.GetAsync(new Uri(link, UriKind.Relative));
        var logged = await LoggedAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/alpha/pompes-a-chaleur-et-renovation", response.Headers.Location!.ToString());
        Assert.Equal(1, Assert.Single(logged).Clicked);
    }

    [Fact]
    public async Task Click_api_should_record_the_first_click_only()
    {
        var json = await ApiAsync("alpha", "q=chauffage");
        var queryId = json.GetProperty("queryId").GetInt64();
        var client = _host.Client();

        var first = await client.PostAsJsonAsync(new Uri("/alpha/api/search/clicks", UriKind.Relative), new { queryId, position = 2 });
        await client.PostAsJsonAsync(new Uri("/alpha/api/search/clicks", UriKind.Relative), new { queryId, position = 1 });

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.Equal(2, Assert.Single(await LoggedAsync()).Clicked);
    }

    [Theory]
    [InlineData("q=")]
    [InlineData("q=%22unbalanced")]
    [InlineData("q=(((")]
    [InlineData("q=*chauffage")]
    [InlineData("q=%3Fhauffage")]
    [InlineData("q=title%3Ax%20AND%20OR%20NOT")]
    [InlineData("q=%5C%5C%5C")]
    [InlineData("q=a%00b%01c")]
    [InlineData("q=%F0%9F%94%A5%20chauffage")]
    [InlineData("q=chauffage&page=9999")]
    public async Task Hostile_or_odd_queries_should_be_answered_on_the_page_and_the_api(string query)
    {
        var client = _host.Client();

        var page = await client.GetAsync(new Uri($"/alpha/search?{query}", UriKind.Relative));
        var api = await client.GetAsync(new Uri($"/alpha/api/search?{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, api.StatusCode);
    }

    [Fact]
    public async Task Very_long_query_should_be_cut_and_answered()
    {
        var json = await ApiAsync("alpha", "q=" + new string('a', 1500) + "%20chauffage");

        Assert.True(json.GetProperty("query").GetString()!.Length <= 200);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("from=hier", "from")]
    [InlineData("from=2026-12-01&to=2026-01-01", "to")]
    [InlineData("sort=random", "sort")]
    public async Task Api_should_answer_bad_parameters_with_a_validation_problem(string query, string field)
    {
        var response = await _host.Client().GetAsync(new Uri($"/alpha/api/search?q=x&{query}", UriKind.Relative));
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Search_page_should_show_hits_with_highlights_and_not_be_indexed()
    {
        var html = await _host.Client().GetStringAsync(new Uri("/alpha/search?q=pompe", UriKind.Relative));

        Assert.Contains("Pompes à chaleur et rénovation", html, StringComparison.Ordinal);
        Assert.Contains("noindex", html, StringComparison.Ordinal);
        Assert.Contains("value=\"pompe\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Changes_made_by_another_process_should_be_found_after_catching_up_from_the_log()
    {
        var file = Path.Combine(_storage.DataPath, "more.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "more", "steps": [ { "name": "content", "Data": [
              { "ContentType": "Article", "ContentItemId": "x1", "Published": true, "TitlePart": { "Title": "Hydrogène vert" },
                "MarkdownBodyPart": { "Markdown": "L'hydrogène vert reste cher." }, "ArticlePart": { "Language": "fr" } } ] } ] }
            """);

        var run = await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "alpha", "--recipe-file", file);

        // What the registry's background refresh does within a second: the tenant's content version moved.
        await _host.Get<TenantRegistry>().RefreshAsync(default);
        var json = await ApiAsync("alpha", "q=hydrog%C3%A8ne");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("Hydrogène vert", Assert.Single(json.GetProperty("hits").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Cli_rebuild_should_be_queued_and_applied_by_the_node_before_its_next_search()
    {
        await ApiAsync("alpha", "q=chauffage");

        // Make the node's index wrong on purpose: forget a published article behind its back.
        var index = _host.Get<Web.Search.TenantSearchIndexes>().For("alpha");
        index.Delete(_heatPumps);
        index.Refresh();

        var broken = await ApiAsync("alpha", "q=pompe");
        var rebuild = await CliRunner.RunAsync(_storage, "search", "rebuild", "--tenant", "alpha");
        await _host.Get<TenantRegistry>().RefreshAsync(default);
        var repaired = await ApiAsync("alpha", "q=pompe");

        Assert.Equal(0, broken.GetProperty("total").GetInt32());
        Assert.Equal(0, rebuild.ExitCode);
        Assert.Contains("queued", rebuild.Out, StringComparison.Ordinal);
        Assert.Equal(1, repaired.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Cli_should_list_top_and_zero_result_queries()
    {
        await ApiAsync("alpha", "q=chauffage");
        await ApiAsync("alpha", "q=chauffage");
        await ApiAsync("alpha", "q=biomasse");

        // The node writes its query log after the answers (group commit): what the CLI reads is what was written.
        await _host.Get<SearchQueryLog>().FlushAsync("alpha", default);
        var top = await CliRunner.RunAsync(_storage, "search", "queries", "--tenant", "alpha", "--json");
        var zero = await CliRunner.RunAsync(_storage, "search", "queries", "--tenant", "alpha", "--zero-results");
        var bad = await CliRunner.RunAsync(_storage, "search", "queries", "--tenant", "alpha", "--days", "zero");

        var rows = JsonDocument.Parse(top.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal("chauffage", rows[0].GetProperty("query").GetString());
        Assert.Equal(2, rows[0].GetProperty("searches").GetInt32());
        Assert.Contains("biomasse", zero.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("chauffage", zero.Out, StringComparison.Ordinal);
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public async Task Search_should_not_read_the_indexing_log_until_the_tenants_search_version_moves()
    {
        // The seed's changes moved the tenant table's content version; the node's refresh (every 250 ms here) would
        // announce them whenever it next runs, possibly between the two searches below. Taking that refresh now
        // leaves nothing for the background one to announce.
        await _host.Get<TenantRegistry>().RefreshAsync(default);
        await ApiAsync("alpha", "q=chauffage");

        // A change written straight into the database announces nothing: the log has a row the node has not read.
        await using (var db = _host.Get<MediaDatabase>().CreateTenantContext("alpha"))
        {
            var article = await db.Articles.SingleAsync(a => a.Id == _heatPumps);
            article.Title = "Géothermie de surface";
            await db.SaveChangesAsync();
        }

        var unannounced = await ApiAsync("alpha", "q=g%C3%A9othermie");
        await _host.Get<SearchIndexVersions>().OnTenantContentChangedAsync("alpha", default);
        var announced = await ApiAsync("alpha", "q=g%C3%A9othermie");

        Assert.Equal(0, unannounced.GetProperty("total").GetInt32());
        Assert.Equal("Géothermie de surface", Assert.Single(announced.GetProperty("hits").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public void Search_version_should_ask_for_a_look_at_the_log_when_bumped_or_when_the_last_look_is_old()
    {
        var clock = new AdjustableClock();
        var versions = new SearchIndexVersions(clock);

        var first = versions.Current("alpha");
        var fresh = versions.NeedsCheck("alpha", first);
        versions.Checked("alpha", first);
        var checkedAlready = versions.NeedsCheck("alpha", versions.Current("alpha"));
        versions.Bump("alpha");
        var bumped = versions.NeedsCheck("alpha", versions.Current("alpha"));
        versions.Checked("alpha", versions.Current("alpha"));
        versions.Checked("alpha", first); // an older look finishing late never moves it back
        var afterLateLook = versions.NeedsCheck("alpha", versions.Current("alpha"));
        clock.Advance(SearchIndexVersions.RecheckInterval);
        var old = versions.NeedsCheck("alpha", versions.Current("alpha"));

        Assert.True(fresh);
        Assert.False(checkedAlready);
        Assert.True(bumped);
        Assert.False(afterLateLook);
        Assert.True(old);
        Assert.True(versions.NeedsCheck("beta", versions.Current("beta")));
    }

    [Fact]
    public async Task Queued_searches_should_be_stored_with_the_ids_given_in_their_answers()
    {
        var log = _host.Get<SearchQueryLog>();
        var before = log.Transactions;

        var answers = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => ApiAsync("alpha", $"q=chauffage{i}")));
        var ids = answers.Select(a => a.GetProperty("queryId").GetInt64()).ToHashSet();
        await log.FlushAsync("alpha", default);
        await using var db = _host.Get<MediaDatabase>().CreateTenantContext("alpha");
        var stored = await db.SearchQueries.Where(q => ids.Contains(q.Id)).Select(q => q.Query).ToListAsync();

        Assert.Equal(40, ids.Count);
        Assert.Equal(40, stored.Count);
        Assert.InRange(log.Transactions - before, 1, 40);
    }

    [Fact]
    public void Query_ids_should_grow_and_stay_exact_in_javascript_when_many_are_drawn_in_one_instant()
    {
        var clock = new AdjustableClock();
        var ids = new SearchQueryIds(clock);

        var drawn = Enumerable.Range(0, 1000).Select(_ => ids.Next()).ToList();
        clock.Advance(TimeSpan.FromDays(365 * 40));
        var later = ids.Next();

        Assert.Equal(drawn.Order(), drawn);
        Assert.Equal(1000, drawn.Distinct().Count());
        Assert.True(later > drawn[^1]);
        Assert.InRange(later, 1, SearchQueryIds.MaxSafeInteger);
    }
}
