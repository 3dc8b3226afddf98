using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Content.Api;

namespace OpinionAct.Media.IntegrationTests.Apis;

/// <summary>
/// The per-hub OpenAPI document: valid OpenAPI 3.x, every operation identified, answered and secured as its route
/// requires, and <b>every documented operation called at least once</b> through <see cref="Samples"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Adding an operation</b> (Content or Admin API): add ONE line to <see cref="Samples"/>, keyed by the operation's
/// id (its <c>.WithName(...)</c>), with a request that should succeed against the seeded hub:
/// <c>["CreateTopic"] = Post("/api/v1/admin/topics", """{"name":"Climat"}"""),</c>. Paths are relative to the hub's
/// base; operations whose document entry asks for OAuth 2.0 get a bearer token with every scope, the others are
/// called anonymously. The test fails when a documented operation has no sample, when a sample names no documented
/// operation, and when a call answers anything but a 2xx status the operation documents.
/// </para>
/// <para>
/// The seeded hub (<see cref="SeedAsync"/>) has the topic <c>renovation</c> (and its subtopic <c>pompes-a-chaleur</c>),
/// the expert <c>claire-morel</c>, the article <c>isoler-les-combles</c> and the page <c>a-propos</c>. Samples run in
/// the table's order, so a write may prepare a later read.
/// </para>
/// </remarks>
public sealed class OpenApiDocumentTests
{
    private const string Base = "/docs";

    private static readonly IReadOnlyDictionary<string, ApiSample> Samples = new Dictionary<string, ApiSample>(StringComparer.Ordinal)
    {
        // Content API
        ["PublicListArticles"] = Get("/api/v1/content/articles?topic=renovation&limit=5&fields=title,slug"),
        ["PublicGetArticle"] = Get("/api/v1/content/articles/isoler-les-combles"),
        ["PublicListTopics"] = Get("/api/v1/content/topics"),
        ["PublicGetTopic"] = Get("/api/v1/content/topics/renovation"),
        ["PublicListExperts"] = Get("/api/v1/content/experts"),
        ["PublicGetExpert"] = Get("/api/v1/content/experts/claire-morel"),
        ["PublicListPages"] = Get("/api/v1/content/pages"),
        ["PublicGetPage"] = Get("/api/v1/content/pages/a-propos"),

        // Admin API. A sample may save its answer's fields for later ones ({name.field} in paths and bodies); keys
        // starting with '#' are preparations, not operations.
        ["WhoAmI"] = Get("/api/v1/admin/whoami"),
        ["CreateWebhook"] = Post("/api/v1/admin/webhooks", """{"url":"http://127.0.0.1:9/hook","events":["article.published"]}"""),
        ["ListWebhooks"] = Get("/api/v1/admin/webhooks").Saving("hook"),
        ["GetWebhook"] = Get("/api/v1/admin/webhooks/{hook.id}"),
        ["UpdateWebhook"] = Put("/api/v1/admin/webhooks/{hook.id}", """{"url":"http://127.0.0.1:9/hook","events":["article.published","article.updated"],"active":true}"""),
        ["CreateArticle"] = Post("/api/v1/admin/articles", """{"title":"Échantillon OpenAPI","body":"Un **test**.","language":"fr"}""").Saving("article"),
        ["ListArticles"] = Get("/api/v1/admin/articles?limit=5"),
        ["GetArticle"] = Get("/api/v1/admin/articles/{article.id}"),
        ["UpdateArticle"] = Put("/api/v1/admin/articles/{article.id}", """{"title":"Échantillon OpenAPI revu","body":"Deux.","language":"fr"}"""),
        ["ListArticleRevisions"] = Get("/api/v1/admin/articles/{article.id}/revisions"),
        ["PublishArticle"] = Post("/api/v1/admin/articles/{article.id}/publish"),
        ["UnpublishArticle"] = Post("/api/v1/admin/articles/{article.id}/unpublish"),
        ["ScheduleArticle"] = Post("/api/v1/admin/articles/{article.id}/schedule", """{"scheduleAt":"2099-01-01T08:00:00Z"}"""),
        ["ArchiveArticle"] = Post("/api/v1/admin/articles/{article.id}/archive"),
        ["ListWebhookDeliveries"] = Get("/api/v1/admin/webhooks/{hook.id}/deliveries").Saving("delivery"),
        ["ReplayWebhookDelivery"] = Post("/api/v1/admin/webhooks/{hook.id}/deliveries/{delivery.id}/replay"),
        ["DeleteWebhook"] = Delete("/api/v1/admin/webhooks/{hook.id}"),
        ["DeleteArticle"] = Delete("/api/v1/admin/articles/{article.id}"),
        ["CreateTopic"] = Post("/api/v1/admin/topics", """{"name":"Géothermie OpenAPI"}""").Saving("topic"),
        ["ListTopics"] = Get("/api/v1/admin/topics"),
        ["GetTopic"] = Get("/api/v1/admin/topics/{topic.id}"),
        ["UpdateTopic"] = Put("/api/v1/admin/topics/{topic.id}", """{"name":"Géothermie profonde"}"""),
        ["DeleteTopic"] = Delete("/api/v1/admin/topics/{topic.id}"),
        ["CreateExpert"] = Post("/api/v1/admin/experts", """{"name":"Jeanne Échantillon"}""").Saving("expert"),
        ["ListExperts"] = Get("/api/v1/admin/experts"),
        ["GetExpert"] = Get("/api/v1/admin/experts/{expert.id}"),
        ["UpdateExpert"] = Put("/api/v1/admin/experts/{expert.id}", """{"name":"Jeanne Échantillon","jobTitle":"Géologue"}"""),
        ["DeleteExpert"] = Delete("/api/v1/admin/experts/{expert.id}"),
        ["CreatePage"] = Post("/api/v1/admin/pages", """{"title":"Mentions OpenAPI","path":"mentions-openapi","body":"Texte."}""").Saving("page"),
        ["ListPages"] = Get("/api/v1/admin/pages"),
        ["GetPage"] = Get("/api/v1/admin/pages/{page.id}"),
        ["UpdatePage"] = Put("/api/v1/admin/pages/{page.id}", """{"title":"Mentions OpenAPI","path":"mentions-openapi","body":"Texte revu."}"""),
        ["DeletePage"] = Delete("/api/v1/admin/pages/{page.id}"),
        ["CreateRedirect"] = Post("/api/v1/admin/redirects", """{"from":"/ancien-openapi","to":"/nouveau"}""").Saving("redirect"),
        ["ListRedirects"] = Get("/api/v1/admin/redirects"),
        ["DeleteRedirect"] = Delete("/api/v1/admin/redirects/{redirect.id}"),
        ["UploadMedia"] = new ApiSample(HttpMethod.Post, "/api/v1/admin/media", Upload: true).Saving("media"),
        ["GetMedia"] = Get("/api/v1/admin/media/{media.id}"),
        ["UpdateMedia"] = Put("/api/v1/admin/media/{media.id}", """{"altText":"Une image d'essai","tags":["essai"]}"""),
        ["ListNewsletters"] = Get("/api/v1/admin/newsletters").Saving("newsletter"),
        ["AddSubscriber"] = Post("/api/v1/admin/subscribers", """{"email":"essai@exemple.test","newsletters":["{newsletter.slug}"],"consentText":"Oui","source":"OpenAPI"}"""),
        ["GetSubscriber"] = Get("/api/v1/admin/subscribers?email=essai@exemple.test"),
        ["ExportSubscribers"] = Get("/api/v1/admin/subscribers/export"),
        ["UnsubscribeSubscriber"] = Post("/api/v1/admin/subscribers/unsubscribe", """{"email":"essai@exemple.test"}"""),
        ["CreateIssue"] = Post("/api/v1/admin/issues", """{"newsletterId":{newsletter.id},"subject":"Lettre OpenAPI","body":"Bonjour."}""").Saving("issue"),
        ["ListIssues"] = Get("/api/v1/admin/issues"),
        ["GetIssue"] = Get("/api/v1/admin/issues/{issue.id}"),
        ["UpdateIssue"] = Put("/api/v1/admin/issues/{issue.id}", """{"newsletterId":{newsletter.id},"subject":"Lettre OpenAPI revue","body":"Bonjour."}"""),
        ["SendIssueTest"] = Post("/api/v1/admin/issues/{issue.id}/test", """{"address":"relecture@exemple.test"}"""),
        ["ScheduleIssue"] = Post("/api/v1/admin/issues/{issue.id}/schedule", """{"sendAt":"2099-01-01T08:00:00Z"}"""),
        ["UnscheduleIssue"] = Post("/api/v1/admin/issues/{issue.id}/unschedule"),
        ["SendIssue"] = Post("/api/v1/admin/issues/{issue.id}/send"),
        ["#DraftToDelete"] = Post("/api/v1/admin/issues", """{"newsletterId":{newsletter.id},"subject":"Brouillon à jeter","body":"x"}""").Saving("draft"),
        ["DeleteIssue"] = Delete("/api/v1/admin/issues/{draft.id}"),
        ["GetInsights"] = Get("/api/v1/admin/insights"),
        ["#AskQuestion"] = Post("/api/questions", """{"question":"Quelle épaisseur d'isolant pour des combles ?"}"""),
        ["ListQuestions"] = Get("/api/v1/admin/questions").Saving("question"),
        ["GetQuestion"] = Get("/api/v1/admin/questions/{question.id}"),
        ["ApproveQuestion"] = Post("/api/v1/admin/questions/{question.id}/approve"),
        ["AssignQuestion"] = Post("/api/v1/admin/questions/{question.id}/assign", """{"expertId":null}"""),
        ["AnswerQuestion"] = Post("/api/v1/admin/questions/{question.id}/answer", """{"answer":"Trente centimètres de laine minérale."}"""),
        ["#AskDuplicate"] = Post("/api/questions", """{"question":"Combien d'isolant faut-il dans les combles ?"}"""),
        ["#ListNew"] = Get("/api/v1/admin/questions?status=New").Saving("duplicate"),
        ["MergeQuestion"] = Post("/api/v1/admin/questions/{duplicate.id}/merge", """{"into":{question.id}}"""),
        ["RejectQuestion"] = Post("/api/v1/admin/questions/{question.id}/reject"),
    };

    [Fact]
    public async Task Document_should_be_valid_openapi_with_ids_responses_and_security_for_every_operation()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await SeedAsync(host);

        var response = await host.Client().GetAsync(new Uri(Base + "/api/v1/openapi.json", UriKind.Relative));
        var json = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var parsed = Microsoft.OpenApi.Reader.OpenApiModelFactory.Parse(json, "json");
        Assert.True(parsed.Diagnostic?.Errors.Count is null or 0, string.Join("\n", parsed.Diagnostic?.Errors.Select(e => e.ToString()) ?? []));

        var document = JsonDocument.Parse(json).RootElement;
        Assert.StartsWith("3.", document.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal("http://localhost/docs", document.GetProperty("servers")[0].GetProperty("url").GetString());
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        var flows = schemes.GetProperty("oauth2").GetProperty("flows");
        Assert.Equal("http://localhost/docs/connect/token", flows.GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        Assert.Equal("http://localhost/docs/connect/authorize", flows.GetProperty("authorizationCode").GetProperty("authorizationUrl").GetString());
        Assert.Equal(ApiScopes.All.Order(), flows.GetProperty("clientCredentials").GetProperty("scopes").EnumerateObject().Select(s => s.Name).Order());
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Content-Key", schemes.GetProperty("contentKey").GetProperty("name").GetString());

        var operations = Operations(document).ToList();
        Assert.NotEmpty(operations);
        var limit = operations.Single(o => o.Id == "PublicListArticles").Operation.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "limit");
        Assert.Equal("integer", limit.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal(100, limit.GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal(operations.Count, operations.Select(o => o.Id).Distinct().Count());
        foreach (var (path, method, id, operation) in operations)
        {
            Assert.StartsWith("/api/v1/", path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(id), $"{method} {path} has no operationId");
            var responses = operation.GetProperty("responses").EnumerateObject().Select(r => r.Name).ToList();
            Assert.True(responses.Any(r => r.StartsWith('2')), $"{id} documents no success answer");
            Assert.True(operation.TryGetProperty("security", out var security) && security.GetArrayLength() > 0, $"{id} states no security");
            var schemesUsed = security.EnumerateArray().SelectMany(r => r.EnumerateObject()).ToList();
            if (path.StartsWith("/api/v1/admin/", StringComparison.Ordinal))
            {
                // Bearer tokens only, and the refusals that go with them; a scope named in 403 is the one required.
                Assert.Contains(schemesUsed, s => s.Name == "oauth2");
                Assert.Contains("401", responses);
                var oauth = schemesUsed.First(s => s.Name == "oauth2").Value.EnumerateArray().Select(s => s.GetString()).ToList();
                Assert.True(!responses.Contains("403") || oauth.Count == 1, $"{id} answers 403 but names no scope");
                Assert.All(oauth, s => Assert.Contains(s, ApiScopes.All));
            }
            else
            {
                Assert.StartsWith("/api/v1/content/", path, StringComparison.Ordinal);
                Assert.Contains(schemesUsed, s => s.Name == "contentKey");
                Assert.Contains(security.EnumerateArray(), r => !r.EnumerateObject().Any());
                Assert.Contains("400", responses);
                Assert.Contains("401", responses);
            }

            foreach (var error in responses.Where(r => r[0] is '4' or '5'))
            {
                var content = operation.GetProperty("responses").GetProperty(error).GetProperty("content");
                Assert.True(content.TryGetProperty("application/problem+json", out _), $"{id} {error} is not problem details");
            }
        }
    }

    [Fact]
    public async Task Every_documented_operation_should_have_a_sample_and_answer_it_as_documented()
    {
        await using var storage = await TestStorage.CreateAsync();
        using var mail = new SmtpSink();
        await using var host = new MediaHost(storage, new Dictionary<string, string?>(mail.Settings()) { ["Media:Webhooks:AllowPrivateTargets"] = "true" });
        await SeedAsync(host);
        await new Newsletters.IssueSeed(host, "docs").NewsletterAsync();
        var client = host.Client();
        var document = JsonDocument.Parse(await client.GetStringAsync(new Uri(Base + "/api/v1/openapi.json", UriKind.Relative))).RootElement;
        var operations = Operations(document).ToDictionary(o => o.Id, StringComparer.Ordinal);

        var missing = operations.Keys.Where(id => !Samples.ContainsKey(id)).Order().ToList();
        Assert.True(missing.Count == 0, $"Add a sample to OpenApiDocumentTests.Samples for: {string.Join(", ", missing)}");
        var stale = Samples.Keys.Where(id => !id.StartsWith('#') && !operations.ContainsKey(id)).ToList();
        Assert.True(stale.Count == 0, $"Samples name operations the document does not have: {string.Join(", ", stale)}");

        var token = await TokenWithEveryScopeAsync(host, client);
        var saved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, sample) in Samples)
        {
            var preparation = id.StartsWith('#');
            var operation = preparation ? default : operations[id].Operation;
            if (!preparation)
            {
                Assert.Equal(operations[id].Method, sample.Method.Method.ToLowerInvariant());
            }

            using var request = new HttpRequestMessage(sample.Method, Base + Fill(sample.Path, saved));
            if (sample.Upload)
            {
                request.Content = new MultipartFormDataContent
                {
                    { new ByteArrayContent(MediaLibrary.TestImages.Jpeg(320, 200)), "file", "essai.jpg" },
                    { new StringContent("Une image d'essai"), "altText" },
                };
            }
            else if (sample.Json is not null)
            {
                request.Content = new StringContent(Fill(sample.Json, saved), Encoding.UTF8, "application/json");
            }

            var secured = preparation || operation.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject()).Any(s => s.Name == "oauth2");
            if (secured)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(status.StartsWith('2'), $"{id}: {sample.Method} {request.RequestUri} answered {status}: {body}");
            if (!preparation)
            {
                Assert.True(operation.GetProperty("responses").TryGetProperty(status, out _), $"{id} answered {status}, which its document entry does not list");
            }

            if (sample.Saves is { } name)
            {
                var root = JsonDocument.Parse(body).RootElement;
                var item = root.ValueKind == JsonValueKind.Array ? root[0] : root;
                foreach (var field in item.EnumerateObject().Where(f => f.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number))
                {
                    saved[$"{name}.{field.Name}"] = field.Value.ValueKind == JsonValueKind.String ? field.Value.GetString()! : field.Value.GetRawText();
                }
            }
        }
    }

    private static string Fill(string text, Dictionary<string, string> saved) =>
        saved.Aggregate(text, (current, value) => current.Replace("{" + value.Key + "}", value.Value, StringComparison.Ordinal));

    [Fact]
    public async Task Document_should_be_each_hubs_own_server_and_key_requirement()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("open", prefix: "open");
        await host.CreateTenantAsync("closed", hosts: ["closed.test"]);
        await new ContentSeed(host, "closed").InTenantAsync(async sp => { await sp.GetRequiredService<ContentKeyService>().SetRequiredAsync(true, default); return 0; });

        var open = JsonDocument.Parse(await host.Client().GetStringAsync(new Uri("/open/api/v1/openapi.json", UriKind.Relative))).RootElement;
        var closed = JsonDocument.Parse(await host.Client("closed.test").GetStringAsync(new Uri("/api/v1/openapi.json", UriKind.Relative))).RootElement;

        Assert.Equal("http://localhost/open", open.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal("http://closed.test", closed.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.Equal("http://closed.test/connect/token", closed.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2")
            .GetProperty("flows").GetProperty("clientCredentials").GetProperty("tokenUrl").GetString());
        var openList = Operations(open).Single(o => o.Id == "PublicListArticles").Operation;
        var closedList = Operations(closed).Single(o => o.Id == "PublicListArticles").Operation;
        Assert.Contains(openList.GetProperty("security").EnumerateArray(), r => !r.EnumerateObject().Any());
        Assert.DoesNotContain(closedList.GetProperty("security").EnumerateArray(), r => !r.EnumerateObject().Any());

        // The document is output-cached per hub; changing the setting evicts it.
        await new ContentSeed(host, "open").InTenantAsync(async sp => { await sp.GetRequiredService<ContentKeyService>().SetRequiredAsync(true, default); return 0; });
        var reopened = JsonDocument.Parse(await host.Client().GetStringAsync(new Uri("/open/api/v1/openapi.json", UriKind.Relative))).RootElement;
        Assert.DoesNotContain(Operations(reopened).Single(o => o.Id == "PublicListArticles").Operation.GetProperty("security").EnumerateArray(), r => !r.EnumerateObject().Any());
    }

    [Fact]
    public async Task Reference_page_should_load_scalar_from_the_hub_under_its_own_csp()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("docs");
        var client = host.Client();

        // Scalar answers /api/docs with a relative redirect to /api/docs/, so its assets resolve under the hub's base.
        var bare = await client.GetAsync(new Uri(Base + "/api/docs", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        Assert.Equal("http://localhost/docs/api/docs/", new Uri(new Uri("http://localhost" + Base + "/api/docs"), bare.Headers.Location!).ToString());
        var page = await client.GetAsync(new Uri(Base + "/api/docs/", UriKind.Relative));
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location} {html}");
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var csp = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self' 'nonce-", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("https://cdn", html, StringComparison.OrdinalIgnoreCase);
        Assert.True(html.Contains("\"url\":\"api/v1/openapi.json\"", StringComparison.Ordinal), html);

        var script = await client.GetAsync(new Uri(Base + "/api/docs/scalar.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("javascript", script.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    private static async Task<string> TokenWithEveryScopeAsync(MediaHost host, HttpClient client)
    {
        var integration = await new ContentSeed(host, "docs").InTenantAsync(sp => sp.GetRequiredService<IntegrationService>()
            .CreateAsync(new IntegrationRequest("OpenAPI samples", [.. ApiScopes.All]), "test", default));
        var response = await ApiTokens.RequestAsync(client, Base, integration.ClientId, integration.ClientSecret!);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("access_token").GetString()!;
    }

    private static ApiSample Get(string path) => new(HttpMethod.Get, path);

    private static ApiSample Post(string path, string? json = null) => new(HttpMethod.Post, path, json);

    private static ApiSample Put(string path, string json) => new(HttpMethod.Put, path, json);

    private static ApiSample Delete(string path) => new(HttpMethod.Delete, path);

    private static async Task SeedAsync(MediaHost host)
    {
        await host.CreateTenantAsync("docs");
        var seed = new ContentSeed(host, "docs");
        await seed.TopicAsync("Rénovation énergétique", "renovation");
        await seed.TopicAsync("Pompes à chaleur", "pompes-a-chaleur", parent: "renovation");
        await seed.ExpertAsync("Claire Morel");
        await seed.ArticleAsync(ContentSeed.Draft("Isoler les combles", ["renovation"], ["claire-morel"]) with { Path = "isoler-les-combles" });
        await seed.InTenantAsync(async sp => (await sp.GetRequiredService<Web.Content.PageService>().SaveAsync(null, new PageDraft("À propos", "a-propos", "Qui sommes-nous.", true), ContentSeed.Editor, default)).Id);
    }

    private static IEnumerable<(string Path, string Method, string Id, JsonElement Operation)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => m.Name is "get" or "put" or "post" or "delete" or "patch")
            .Select(m => (path.Name, m.Name, m.Value.TryGetProperty("operationId", out var id) ? id.GetString() ?? string.Empty : string.Empty, m.Value)));

    /// <summary>One request of <see cref="Samples"/>: method, path (relative to the hub's base) and an optional JSON body.</summary>
    private sealed record ApiSample(HttpMethod Method, string Path, string? Json = null, string? Saves = null, bool Upload = false)
    {
        /// <summary>Keeps the answer's fields (the object, or a list's first item) as <c>{name.field}</c> for later samples.</summary>
        public ApiSample Saving(string name) => this with { Saves = name };
    }
}
