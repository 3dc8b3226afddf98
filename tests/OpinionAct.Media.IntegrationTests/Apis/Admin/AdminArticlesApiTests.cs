using System.Net;
using System.Text.Json;
using OpinionAct.Media.Apis;
using static OpinionAct.Media.IntegrationTests.Apis.Admin.AdminApiAssert;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary><c>/api/v1/admin/articles</c> with real tokens: the admin's rules, revisions named after the caller, every refusal as problem details.</summary>
public sealed class AdminArticlesApiTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string Alpha = AdminApiFixture.Alpha;

    [Fact]
    public async Task Article_should_be_created_read_updated_published_unpublished_and_deleted_with_revisions_named_after_the_integration()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var whoami = await ReadAsync(await api.GetAsync("whoami"), HttpStatusCode.OK);
        var name = whoami.GetProperty("name").GetString();

        var created = await api.PostAsync("articles", Json(new { title = "Pompes à chaleur : le vrai coût", body = "## Intro\n\nUn **test**.", language = "fr", sources = new[] { new { title = "ADEME", url = "https://ademe.fr" } } }));
        var article = await ReadAsync(created, HttpStatusCode.Created);
        var id = article.GetProperty("id").GetInt32();
        Assert.Equal($"/{Alpha}/api/v1/admin/articles/{id}", created.Headers.Location!.OriginalString);
        Assert.Equal("Draft", article.GetProperty("status").GetString());
        Assert.Equal("pompes-a-chaleur-le-vrai-cout", article.GetProperty("path").GetString());

        var read = await ReadAsync(await api.GetAsync($"articles/{id}"), HttpStatusCode.OK);
        Assert.Equal("## Intro\n\nUn **test**.", read.GetProperty("body").GetString());
        Assert.Equal("https://ademe.fr", read.GetProperty("sources")[0].GetProperty("url").GetString());
        var list = await ReadAsync(await api.GetAsync("articles?status=draft&limit=50"), HttpStatusCode.OK);
        Assert.Contains(list.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt32() == id);

        var updated = await ReadAsync(await api.PutAsync($"articles/{id}", Json(new { title = "Pompes à chaleur : le coût réel", body = "Corps révisé.", path = "pac-cout" })), HttpStatusCode.OK);
        Assert.Equal("pac-cout", updated.GetProperty("path").GetString());
        Assert.Equal("Published", (await ReadAsync(await api.PostAsync($"articles/{id}/publish", null), HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await fixture.Host.Client().GetAsync($"/{Alpha}/pac-cout")).StatusCode);
        Assert.Equal("Draft", (await ReadAsync(await api.PostAsync($"articles/{id}/unpublish", null), HttpStatusCode.OK)).GetProperty("status").GetString());
        Assert.Equal("Archived", (await ReadAsync(await api.PostAsync($"articles/{id}/archive", null), HttpStatusCode.OK)).GetProperty("status").GetString());

        var revisions = await ReadAsync(await api.GetAsync($"articles/{id}/revisions"), HttpStatusCode.OK);
        Assert.Equal(["archived", "unpublished", "published", "saved", "created"], revisions.EnumerateArray().Select(r => r.GetProperty("note").GetString()));
        Assert.All(revisions.EnumerateArray(), r => Assert.Equal(name, r.GetProperty("actor").GetString()));

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"articles/{id}")).StatusCode);
        await ProblemAsync(await api.GetAsync($"articles/{id}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Article_list_should_show_each_article_with_its_topics_in_order_and_its_times_in_utc()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var first = (await ReadAsync(await api.PostAsync("topics", Json(new { name = "Liste : sobriété" })), HttpStatusCode.Created)).GetProperty("slug").GetString();
        var second = (await ReadAsync(await api.PostAsync("topics", Json(new { name = "Liste : réseaux" })), HttpStatusCode.Created)).GetProperty("slug").GetString();
        var id = (await ReadAsync(await api.PostAsync("articles", Json(new { title = "Listée avec ses thèmes", body = "Un corps **long**.", topics = new[] { second, first } })), HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        await ReadAsync(await api.PostAsync($"articles/{id}/publish", null), HttpStatusCode.OK);
        var single = await ReadAsync(await api.GetAsync($"articles/{id}"), HttpStatusCode.OK);

        var list = await ReadAsync(await api.GetAsync("articles?status=published&limit=50"), HttpStatusCode.OK);
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt32() == id);

        Assert.Equal([second, first], item.GetProperty("topics").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("Listée avec ses thèmes", item.GetProperty("title").GetString());
        Assert.False(item.TryGetProperty("body", out _));
        foreach (var time in new[] { "publishedUtc", "updatedUtc" })
        {
            // An optional time read back from SQLite used to lose its kind and go out without its "Z".
            Assert.EndsWith("Z", item.GetProperty(time).GetString());
            Assert.Equal(single.GetProperty(time).GetString(), item.GetProperty(time).GetString());
        }
    }

    [Fact]
    public async Task Schedule_should_accept_a_future_time_and_refuse_a_past_one_with_the_field()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentWrite);
        var id = (await ReadAsync(await api.PostAsync("articles", Json(new { title = "Programmé" })), HttpStatusCode.Created)).GetProperty("id").GetInt32();

        var past = await ProblemAsync(await api.PostAsync($"articles/{id}/schedule", Json(new { scheduleAt = DateTimeOffset.UtcNow.AddDays(-1) })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["scheduleAt"], ErrorFields(past));
        var missing = await ProblemAsync(await api.PostAsync($"articles/{id}/schedule", Json("{}")), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["scheduleAt"], ErrorFields(missing));

        var scheduled = await ReadAsync(await api.PostAsync($"articles/{id}/schedule", Json(new { scheduleAt = DateTimeOffset.UtcNow.AddYears(5) })), HttpStatusCode.OK);
        Assert.Equal("Scheduled", scheduled.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Body_should_be_refused_with_400_listing_every_field_of_the_wrong_type_and_nothing_written()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var before = (await ReadAsync(await api.GetAsync("articles?limit=1"), HttpStatusCode.OK)).GetProperty("total").GetInt32();

        var malformed = await ProblemAsync(await api.PostAsync("articles", Json("{\"title\": \"x\",")), HttpStatusCode.BadRequest);
        Assert.Equal(["$"], ErrorFields(malformed));
        var wrongTypes = await ProblemAsync(await api.PostAsync("articles", Json("{\"title\": 12, \"featured\": \"yes\", \"topics\": \"energie\", \"corrections\": [{\"date\": \"hier\", \"text\": \"x\"}], \"body\": \"ok\"}")), HttpStatusCode.BadRequest);
        Assert.Equal(["corrections", "featured", "title", "topics"], ErrorFields(wrongTypes));
        await ProblemAsync(await api.PostAsync("articles", Json("[1, 2]")), HttpStatusCode.BadRequest);
        await ProblemAsync(await api.PostAsync("articles", new StringContent("title=x", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded")), HttpStatusCode.UnsupportedMediaType);
        var badQuery = await ProblemAsync(await api.GetAsync("articles?limit=1000&page=zero&status=gone"), HttpStatusCode.BadRequest);
        Assert.Contains("limit", ErrorFields(badQuery));

        Assert.Equal(before, (await ReadAsync(await api.GetAsync("articles?limit=1"), HttpStatusCode.OK)).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unknown_route_and_wrong_method_should_get_problem_details()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead);

        await ProblemAsync(await api.GetAsync("nothing-here"), HttpStatusCode.NotFound);
        await ProblemAsync(await api.GetAsync("articles/12/nothing"), HttpStatusCode.NotFound);
        await ProblemAsync(await api.PatchAsync("articles/1", Json("{}")), HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Invalid_article_should_be_refused_with_422_and_the_admin_form_errors_per_field()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentWrite);

        var problem = await ProblemAsync(await api.PostAsync("articles", Json(new { title = "", language = "de", topics = new[] { "nulle-part" }, coverImage = "https://img.example/a.jpg" })), HttpStatusCode.UnprocessableEntity);

        var fields = ErrorFields(problem);
        Assert.Contains("title", fields);
        Assert.Contains("language", fields);
        Assert.Contains("coverAlt", fields);
    }

    [Fact]
    public async Task Oversized_body_should_get_413_problem_details()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentWrite);
        var huge = "{\"title\": \"x\", \"body\": \"" + new string('a', 5 * 1024 * 1024) + "\"}";

        var problem = await ProblemAsync(await api.PostAsync("articles", Json(huge)), HttpStatusCode.RequestEntityTooLarge);

        Assert.Contains("too large", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Another_tenants_article_id_should_be_404_here()
    {
        var alpha = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var beta = await fixture.ClientAsync(AdminApiFixture.Beta, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var alphaIds = (await ReadAsync(await alpha.GetAsync("articles?limit=100"), HttpStatusCode.OK)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        int betaId;
        do
        {
            betaId = (await ReadAsync(await beta.PostAsync("articles", Json(new { title = "Chez beta " + Guid.NewGuid() })), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        }
        while (alphaIds.Count > 0 && betaId <= alphaIds.Max());

        await ProblemAsync(await alpha.GetAsync($"articles/{betaId}"), HttpStatusCode.NotFound);
        await ProblemAsync(await alpha.PutAsync($"articles/{betaId}", Json(new { title = "Volé" })), HttpStatusCode.NotFound);
        await ProblemAsync(await alpha.PostAsync($"articles/{betaId}/publish", null), HttpStatusCode.NotFound);
        await ProblemAsync(await alpha.DeleteAsync($"articles/{betaId}"), HttpStatusCode.NotFound);
        Assert.Equal("Draft", (await ReadAsync(await beta.GetAsync($"articles/{betaId}"), HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Token_without_the_scope_should_get_403_and_without_a_token_401()
    {
        var reader = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead);
        var media = await fixture.ClientAsync(Alpha, ApiScopes.MediaWrite);

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("articles")).StatusCode);
        var refused = await ProblemAsync(await reader.PostAsync("articles", Json(new { title = "Interdit" })), HttpStatusCode.Forbidden);
        Assert.Contains("content:write", refused.GetProperty("title").GetString(), StringComparison.Ordinal);
        await ProblemAsync(await media.GetAsync("articles"), HttpStatusCode.Forbidden);
        await ProblemAsync(await reader.DeleteAsync("articles/1"), HttpStatusCode.Forbidden);
        await ProblemAsync(await fixture.Api(Alpha, null).GetAsync("articles"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Person_with_the_author_role_should_write_a_draft_but_not_publish_it()
    {
        var author = await fixture.PersonClientAsync(Alpha, "auteur@aa.test", "Author", ApiScopes.ContentRead, ApiScopes.ContentWrite);

        var id = (await ReadAsync(await author.PostAsync("articles", Json(new { title = "Brouillon d'auteur" })), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ProblemAsync(await author.PostAsync($"articles/{id}/publish", null), HttpStatusCode.Forbidden);
        await ProblemAsync(await author.DeleteAsync($"articles/{id}"), HttpStatusCode.Forbidden);

        var revisions = await ReadAsync(await author.GetAsync($"articles/{id}/revisions"), HttpStatusCode.OK);
        Assert.Equal("auteur@aa.test", Assert.Single(revisions.EnumerateArray()).GetProperty("actor").GetString());
        Assert.Equal("Draft", (await ReadAsync(await author.GetAsync($"articles/{id}"), HttpStatusCode.OK)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Revision_by_the_api_should_show_the_integration_name_in_the_admin_history()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var name = (await ReadAsync(await api.GetAsync("whoami"), HttpStatusCode.OK)).GetProperty("name").GetString()!;
        var id = (await ReadAsync(await api.PostAsync("articles", Json(new { title = "Historique" })), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await OpinionAct.Media.IntegrationTests.Admin.AdminClient.AddUserAsync(fixture.Storage, Alpha, "editeur-historique@aa.test", "Editor");
        var editor = await OpinionAct.Media.IntegrationTests.Admin.AdminClient.SignInAsync(fixture.Host.Client(), Alpha, "editeur-historique@aa.test");

        var html = await editor.PageAsync($"/articles/{id}/revisions");

        // Razor encodes the '+' of the test integration's name; its first part is enough to recognise it.
        Assert.StartsWith("Test content:read", name, StringComparison.Ordinal);
        Assert.Contains("Test content:read", html, StringComparison.Ordinal);
    }
}
