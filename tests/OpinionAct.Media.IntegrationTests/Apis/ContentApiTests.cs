using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.MediaLibrary;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Content.Api;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>The public Content API: published content only, filters, paging, fields, ETags, the per-hub key and problem details.</summary>
public sealed class ContentApiTests : IAsyncLifetime
{
    private const string Api = "/news/api/v1/content";
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private ContentSeed _seed = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("news");
        _seed = new ContentSeed(_host, "news");
        await _seed.TopicAsync("Rénovation énergétique", "renovation");
        await _seed.TopicAsync("Pompes à chaleur", "pompes-a-chaleur", parent: "renovation");
        await _seed.TopicAsync("Réseaux", "reseaux");
        await _seed.ExpertAsync("Claire Morel");
        await _seed.ArticleAsync(ContentSeed.Draft("Isoler les combles", ["renovation"], ["claire-morel"]) with
        {
            CoverImage = "/media/legacy/combles.jpg",
            CoverAlt = "Des combles isolés",
            Corrections = [new CorrectionEntry(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), "Le chiffre de 2024 était faux.")],
        });
        await _seed.ArticleAsync(ContentSeed.Draft("Choisir sa pompe à chaleur", ["pompes-a-chaleur"], ["claire-morel"]));
        await _seed.ArticleAsync(ContentSeed.Draft("The grid in 2050", ["reseaux"]) with { Language = "en" });
        await _seed.ArticleAsync(ContentSeed.Draft("Brouillon secret", ["renovation"]), publish: false);
        await _seed.ArticleAsync(ContentSeed.Draft("Article programmé", ["renovation"]), at: DateTimeOffset.UtcNow.AddYears(5));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Articles_should_list_published_articles_only_with_total_and_next_links()
    {
        var client = _host.Client();
        var all = await JsonAsync(client, Api + "/articles");
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var titles = Items(all).Select(i => i.GetProperty("title").GetString()).ToList();
        Assert.DoesNotContain("Brouillon secret", titles);
        Assert.DoesNotContain("Article programmé", titles);

        var first = await JsonAsync(client, Api + "/articles?limit=2");
        Assert.Equal(2, Items(first).Count);
        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        var next = first.GetProperty("links").GetProperty("next").GetString()!;
        Assert.Equal("http://localhost/news/api/v1/content/articles?limit=2&page=2", next);
        var second = await JsonAsync(client, new Uri(next).PathAndQuery);
        Assert.Single(Items(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("links").GetProperty("next").ValueKind);
        Assert.Empty(Items(first).Select(i => i.GetProperty("slug").GetString()).Intersect(Items(second).Select(i => i.GetProperty("slug").GetString())));
    }

    [Fact]
    public async Task Articles_should_filter_by_topic_with_subtopics_expert_language_and_dates()
    {
        var client = _host.Client();
        Assert.Equal(2, (await JsonAsync(client, Api + "/articles?topic=renovation")).GetProperty("total").GetInt32());
        Assert.Equal(1, (await JsonAsync(client, Api + "/articles?topic=pompes-a-chaleur")).GetProperty("total").GetInt32());
        Assert.Equal(2, (await JsonAsync(client, Api + "/articles?expert=claire-morel")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await JsonAsync(client, Api + "/articles?topic=inconnu")).GetProperty("total").GetInt32());
        var english = await JsonAsync(client, Api + "/articles?language=en");
        Assert.Equal("The grid in 2050", Assert.Single(Items(english)).GetProperty("title").GetString());
        Assert.Equal(3, (await JsonAsync(client, Api + "/articles?published_after=2000-01-01")).GetProperty("total").GetInt32());
        Assert.Equal(0, (await JsonAsync(client, Api + "/articles?published_before=2000-01-01T00:00:00Z")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Article_should_carry_its_proof_ledger_and_absolute_urls()
    {
        var client = _host.Client();
        var slug = Items(await JsonAsync(client, Api + "/articles?topic=renovation&fields=slug,title"))
            .Single(i => i.GetProperty("title").GetString() == "Isoler les combles").GetProperty("slug").GetString();

        var article = await JsonAsync(client, $"{Api}/articles/{slug}");
        Assert.Equal($"http://localhost/news/{slug}", article.GetProperty("url").GetString());
        Assert.Equal("http://localhost/news/media/legacy/combles.jpg", article.GetProperty("cover").GetProperty("url").GetString());
        var source = Assert.Single(article.GetProperty("sources").EnumerateArray());
        Assert.Equal("La consommation baisse.", source.GetProperty("claim").GetString());
        Assert.Equal("https://www.ademe.fr/", source.GetProperty("url").GetString());
        var correction = Assert.Single(article.GetProperty("corrections").EnumerateArray());
        Assert.Equal("Le chiffre de 2024 était faux.", correction.GetProperty("text").GetString());
        Assert.StartsWith("2026-03-02T09:00:00", correction.GetProperty("date").GetString(), StringComparison.Ordinal);
        var expert = Assert.Single(article.GetProperty("experts").EnumerateArray());
        Assert.Equal("Docteure en énergétique", expert.GetProperty("credentials").GetString());
        Assert.Equal("http://localhost/news/experts/claire-morel", expert.GetProperty("url").GetString());
        Assert.Contains("<h2", article.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Library_images_should_be_absolute_signed_variants_in_covers_and_bodies()
    {
        var item = await _seed.InTenantAsync(sp => sp.GetRequiredService<MediaLibraryService>()
            .UploadAsync(new MemoryStream(HostileImages.CameraJpeg(1600, 1000)), "maison.jpg", new MediaDetails { AltText = "Une maison" }, "tester", default));
        await _seed.ArticleAsync(ContentSeed.Draft("Maison isolée") with
        {
            Path = "maison-isolee",
            CoverImage = $"media:{item.Id}",
            CoverAlt = "Une maison isolée",
            Body = $"Avant.\n\n![Une maison](media:{item.Id})\n\nAprès.",
        });
        var client = _host.Client();

        var article = await JsonAsync(client, Api + "/articles/maison-isolee");

        var cover = article.GetProperty("cover");
        var url = cover.GetProperty("url").GetString()!;
        Assert.StartsWith($"http://localhost/news/media/{item.Id}/", url, StringComparison.Ordinal);
        Assert.Equal("Une maison isolée", cover.GetProperty("alt").GetString());
        Assert.True(cover.GetProperty("width").GetInt32() > 0);
        Assert.All(cover.GetProperty("srcset").GetString()!.Split(", "), c => Assert.StartsWith($"http://localhost/news/media/{item.Id}/", c, StringComparison.Ordinal));
        Assert.Contains($"src=\"http://localhost/news/media/{item.Id}/", article.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("media:", article.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Unknown_draft_or_scheduled_slug_should_be_a_404_problem()
    {
        var client = _host.Client();
        foreach (var path in new[] { "/articles/brouillon-secret", "/articles/article-programme", "/articles/nope", "/topics/nope", "/experts/nope", "/pages/nope" })
        {
            var response = await client.GetAsync(new Uri(Api + path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(404, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        }
    }

    [Fact]
    public async Task Fields_should_keep_only_the_chosen_fields_and_refuse_unknown_ones_listing_the_valid_ones()
    {
        var client = _host.Client();
        var list = await JsonAsync(client, Api + "/articles?fields=title,slug");
        Assert.All(Items(list), i => Assert.Equal(["slug", "title"], i.EnumerateObject().Select(p => p.Name).Order()));
        Assert.All(Items(await JsonAsync(client, Api + "/articles")), i => Assert.False(i.TryGetProperty("bodyHtml", out _)));
        Assert.All(Items(await JsonAsync(client, Api + "/articles?fields=slug,bodyHtml")), i => Assert.Contains("<h2", i.GetProperty("bodyHtml").GetString(), StringComparison.Ordinal));

        var response = await client.GetAsync(new Uri(Api + "/articles?fields=title,password", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("fields").EnumerateArray()).GetString()!;
        Assert.Contains("password", message, StringComparison.Ordinal);
        Assert.Contains("publishedAt", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_parameters_should_be_one_400_problem_listing_every_bad_field()
    {
        var response = await _host.Client().GetAsync(new Uri(Api + "/articles?page=0&limit=1000&published_after=yesterday&topic=Not%20A%20Slug&color=blue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Equal(["color", "limit", "page", "published_after", "topic"], errors.EnumerateObject().Select(p => p.Name).Order());
    }

    [Fact]
    public async Task Lists_and_items_of_topics_experts_and_pages_should_be_served()
    {
        await _seed.InTenantAsync(async sp => (await sp.GetRequiredService<Web.Content.PageService>().SaveAsync(null, new PageDraft("À propos", "a-propos", "Qui sommes-nous.", true), ContentSeed.Editor, default)).Id);
        var client = _host.Client();

        var topics = await JsonAsync(client, Api + "/topics");
        Assert.Equal(3, topics.GetProperty("total").GetInt32());
        Assert.Equal("renovation", Items(topics).Single(t => t.GetProperty("slug").GetString() == "pompes-a-chaleur").GetProperty("parent").GetString());
        Assert.Equal("Réseaux", (await JsonAsync(client, Api + "/topics/reseaux")).GetProperty("name").GetString());
        var experts = await JsonAsync(client, Api + "/experts");
        Assert.Equal("Ingénieure thermicienne", Assert.Single(Items(experts)).GetProperty("jobTitle").GetString());
        Assert.Equal("https://www.linkedin.com/in/example", (await JsonAsync(client, Api + "/experts/claire-morel")).GetProperty("links")[0].GetProperty("url").GetString());
        Assert.Equal("a-propos", Assert.Single(Items(await JsonAsync(client, Api + "/pages"))).GetProperty("slug").GetString());
        Assert.Equal("À propos", (await JsonAsync(client, Api + "/pages/a-propos")).GetProperty("title").GetString());
    }

    [Fact]
    public async Task ETag_should_answer_304_when_unchanged_and_change_when_content_is_published()
    {
        var client = _host.Client();
        var first = await client.GetAsync(new Uri(Api + "/articles", UriKind.Relative));
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        var conditional = new HttpRequestMessage(HttpMethod.Get, Api + "/articles");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(conditional)).StatusCode);

        await _seed.ArticleAsync(ContentSeed.Draft("Un nouvel article"));
        var after = await client.GetAsync(new Uri(Api + "/articles", UriKind.Relative));
        Assert.NotEqual(etag, after.Headers.ETag);
        Assert.Equal(4, JsonDocument.Parse(await after.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Content_key_should_be_optional_by_default_and_a_wrong_key_refused()
    {
        var client = _host.Client();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(Api + "/articles", UriKind.Relative))).StatusCode);

        var wrong = await client.GetAsync(new Uri(Api + "/articles?key=ck_wrong", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Required_key_should_refuse_keyless_callers_even_after_a_cached_answer_and_accept_the_key_in_header_or_query()
    {
        var keyless = _host.Client();
        Assert.Equal(HttpStatusCode.OK, (await keyless.GetAsync(new Uri(Api + "/articles", UriKind.Relative))).StatusCode);
        var key = await KeysAsync(k => k.ViewAsync(default));
        Assert.Equal(HttpStatusCode.OK, (await WithKey(_host.Client(), key.Key).GetAsync(new Uri(Api + "/articles", UriKind.Relative))).StatusCode);

        await KeysAsync(async k => { await k.SetRequiredAsync(true, default); return await k.ViewAsync(default); });

        var refused = await keyless.GetAsync(new Uri(Api + "/articles", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithKey(_host.Client(), key.Key).GetAsync(new Uri(Api + "/articles", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await keyless.GetAsync(new Uri($"{Api}/articles?key={key.Key}", UriKind.Relative))).StatusCode);

        var renewed = await KeysAsync(k => k.RegenerateAsync(default));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(_host.Client(), key.Key).GetAsync(new Uri(Api + "/articles", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await WithKey(_host.Client(), renewed.Key).GetAsync(new Uri(Api + "/articles", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Content_key_of_one_hub_should_be_refused_by_another()
    {
        await _host.CreateTenantAsync("other");
        var key = await KeysAsync(k => k.ViewAsync(default));

        var response = await WithKey(_host.Client(), key.Key).GetAsync(new Uri("/other/api/v1/content/articles", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Admin_integrations_page_should_show_regenerate_and_require_the_content_key()
    {
        await AdminClient.AddUserAsync(_storage, "news", "admin@news.test", "Admin");
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        var key = await KeysAsync(k => k.ViewAsync(default));
        Assert.Contains(key.Key, await admin.PageAsync("/integrations"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/integrations", "/integrations/content-key/require", [new("Required", "true")])).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _host.Client().GetAsync(new Uri(Api + "/topics", UriKind.Relative))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/integrations", "/integrations/content-key/regenerate", [])).StatusCode);
        var page = await admin.PageAsync("/integrations?done=content_key_regenerated");
        Assert.DoesNotContain(key.Key, page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithKey(_host.Client(), key.Key).GetAsync(new Uri(Api + "/topics", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Cli_should_show_regenerate_and_require_the_content_key()
    {
        var shown = await CliRunner.RunAsync(_storage, "content-key", "show", "--tenant", "news", "--json");
        Assert.Equal(0, shown.ExitCode);
        var key = JsonDocument.Parse(shown.Out).RootElement.GetProperty("key").GetString()!;

        var required = await CliRunner.RunAsync(_storage, "content-key", "require", "--tenant", "news", "--required", "yes");
        Assert.Equal(0, required.ExitCode);
        var renewed = await CliRunner.RunAsync(_storage, "content-key", "regenerate", "--tenant", "news", "--json");
        Assert.Equal(0, renewed.ExitCode);
        var view = JsonDocument.Parse(renewed.Out).RootElement;
        Assert.NotEqual(key, view.GetProperty("key").GetString());
        Assert.True(view.GetProperty("required").GetBoolean());
    }

    private Task<ContentKeyView> KeysAsync(Func<ContentKeyService, Task<ContentKeyView>> work) =>
        _seed.InTenantAsync(sp => work(sp.GetRequiredService<ContentKeyService>()));

    private static HttpClient WithKey(HttpClient client, string key)
    {
        client.DefaultRequestHeaders.Add(ContentKeyService.HeaderName, key);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode} {body}");
        Assert.Equal(new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" }, response.Content.Headers.ContentType);
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<JsonElement> Items(JsonElement list) => [.. list.GetProperty("items").EnumerateArray()];
}
