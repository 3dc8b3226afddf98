using System.Net;
using System.Net.Http.Headers;
using OpinionAct.Media.Apis;
using OpinionAct.Media.IntegrationTests.MediaLibrary;
using static OpinionAct.Media.IntegrationTests.Apis.Admin.AdminApiAssert;

namespace OpinionAct.Media.IntegrationTests.Apis.Admin;

/// <summary>Topics, experts, pages, redirects and media uploads through the Admin API: the admin's services and rules.</summary>
public sealed class AdminCatalogApiTests(AdminApiFixture fixture) : IClassFixture<AdminApiFixture>
{
    private const string Alpha = AdminApiFixture.Alpha;

    [Fact]
    public async Task Topic_and_expert_should_be_created_read_updated_and_deleted_and_refused_while_an_article_uses_them()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);

        var topic = await ReadAsync(await api.PostAsync("topics", Json(new { name = "Géothermie", description = "Chaleur du sol." })), HttpStatusCode.Created);
        var topicId = topic.GetProperty("id").GetInt32();
        Assert.Equal("geothermie", topic.GetProperty("slug").GetString());
        var renamed = await ReadAsync(await api.PutAsync($"topics/{topicId}", Json(new { name = "Géothermie profonde", slug = "geothermie" })), HttpStatusCode.OK);
        Assert.Equal("Géothermie profonde", renamed.GetProperty("name").GetString());
        var duplicate = await ProblemAsync(await api.PostAsync("topics", Json(new { name = "Autre", slug = "geothermie" })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["slug"], ErrorFields(duplicate));

        var expert = await ReadAsync(await api.PostAsync("experts", Json(new { name = "Claire Dubois", jobTitle = "Hydrogéologue", bio = "Trente ans de **forages**.", links = new[] { new { label = "Labo", url = "https://labo.example" } } })), HttpStatusCode.Created);
        var expertId = expert.GetProperty("id").GetInt32();
        Assert.Equal("Trente ans de **forages**.", (await ReadAsync(await api.GetAsync($"experts/{expertId}"), HttpStatusCode.OK)).GetProperty("bio").GetString());
        var badLink = await ProblemAsync(await api.PutAsync($"experts/{expertId}", Json(new { name = "Claire Dubois", links = new[] { new { label = "", url = "javascript:alert(1)" } } })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["links[0].label", "links[0].url"], ErrorFields(badLink));

        var article = (await ReadAsync(await api.PostAsync("articles", Json(new { title = "Forages profonds", topics = new[] { "geothermie" }, experts = new[] { expert.GetProperty("slug").GetString() } })), HttpStatusCode.Created)).GetProperty("id").GetInt32();
        await ProblemAsync(await api.DeleteAsync($"topics/{topicId}"), HttpStatusCode.Conflict);
        await ProblemAsync(await api.DeleteAsync($"experts/{expertId}"), HttpStatusCode.Conflict);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"articles/{article}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"topics/{topicId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"experts/{expertId}")).StatusCode);
        await ProblemAsync(await api.GetAsync($"topics/{topicId}"), HttpStatusCode.NotFound);
        await ProblemAsync(await api.GetAsync($"experts/{expertId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Page_and_redirect_should_be_served_on_the_site_after_an_api_write()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead, ApiScopes.ContentWrite);
        var site = fixture.Host.Client();

        var page = await ReadAsync(await api.PostAsync("pages", Json(new { title = "Mentions légales", path = "mentions-api", body = "Éditeur : **OpinionAct**." })), HttpStatusCode.Created);
        var pageId = page.GetProperty("id").GetInt32();
        Assert.Contains("<strong>OpinionAct</strong>", await site.GetStringAsync($"/{Alpha}/mentions-api"), StringComparison.Ordinal);
        await ReadAsync(await api.PutAsync($"pages/{pageId}", Json(new { title = "Mentions légales", path = "mentions-api", body = "Nouveau texte.", published = false })), HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NotFound, (await site.GetAsync($"/{Alpha}/mentions-api")).StatusCode);
        var taken = await ProblemAsync(await api.PostAsync("pages", Json(new { title = "Doublon", path = "mentions-api" })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["path"], ErrorFields(taken));

        var redirect = await ReadAsync(await api.PostAsync("redirects", Json(new { from = "/ancienne-page-api", to = "/nouvelle" })), HttpStatusCode.Created);
        var moved = await site.GetAsync($"/{Alpha}/ancienne-page-api");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        var loop = await ProblemAsync(await api.PostAsync("redirects", Json(new { from = "/boucle", to = "/boucle" })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["to"], ErrorFields(loop));
        Assert.Contains((await ReadAsync(await api.GetAsync("redirects"), HttpStatusCode.OK)).EnumerateArray(), r => r.GetProperty("from").GetString() == "/ancienne-page-api");

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"redirects/{redirect.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"pages/{pageId}")).StatusCode);
        await ProblemAsync(await api.GetAsync($"pages/{pageId}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Catalog_writes_should_need_content_write_and_unknown_ids_be_404()
    {
        var reader = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead);

        await ProblemAsync(await reader.PostAsync("topics", Json(new { name = "Interdit" })), HttpStatusCode.Forbidden);
        await ProblemAsync(await reader.PostAsync("redirects", Json(new { from = "/a", to = "/b" })), HttpStatusCode.Forbidden);
        await ProblemAsync(await reader.GetAsync("topics/987654"), HttpStatusCode.NotFound);
        await ProblemAsync(await reader.GetAsync("pages/987654"), HttpStatusCode.NotFound);
        var wrongTypes = await ProblemAsync(await (await fixture.ClientAsync(Alpha, ApiScopes.ContentWrite)).PostAsync("pages", Json("{\"title\": [\"x\"], \"published\": \"oui\"}")), HttpStatusCode.BadRequest);
        Assert.Equal(["published", "title"], ErrorFields(wrongTypes));
    }

    [Fact]
    public async Task Media_should_be_uploaded_with_alt_text_described_and_read_and_refused_without_it_or_too_large()
    {
        var api = await fixture.ClientAsync(Alpha, ApiScopes.MediaWrite);
        var content = await fixture.ClientAsync(Alpha, ApiScopes.ContentRead);

        var noAlt = await ProblemAsync(await api.PostAsync("media", Upload(("photo.jpg", TestImages.Jpeg(400, 300)))), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["altText"], ErrorFields(noAlt));
        var notImage = await ProblemAsync(await api.PostAsync("media", Upload(("notes.jpg", "pas une image"u8.ToArray()), ("altText", "x"))), HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["file"], ErrorFields(notImage));
        var badFocal = await ProblemAsync(await api.PostAsync("media", Upload(("photo.jpg", TestImages.Jpeg(400, 300)), ("decorative", "peut-être"), ("focalX", "gauche"))), HttpStatusCode.BadRequest);
        Assert.Equal(["decorative", "focalX"], ErrorFields(badFocal));

        var created = await api.PostAsync("media", Upload(("Forage.jpg", TestImages.Jpeg(400, 300)), ("altText", "Une foreuse sur un chantier"), ("tags", "chantier, forage")));
        var item = await ReadAsync(created, HttpStatusCode.Created);
        var id = item.GetProperty("id").GetInt32();
        Assert.Equal($"media:{id}", item.GetProperty("reference").GetString());
        Assert.Equal(["chantier", "forage"], item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("Test ", item.GetProperty("uploadedBy").GetString(), StringComparison.Ordinal);

        var described = await ReadAsync(await api.PutAsync($"media/{id}", Json(new { altText = "Foreuse", caption = "Chantier de Bourges", focalX = 0.2 })), HttpStatusCode.OK);
        Assert.Equal(0.2, described.GetProperty("focalX").GetDouble());
        await ProblemAsync(await api.PutAsync($"media/{id}", Json(new { focalX = 3 })), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("Chantier de Bourges", (await ReadAsync(await api.GetAsync($"media/{id}"), HttpStatusCode.OK)).GetProperty("caption").GetString());
        await ProblemAsync(await content.GetAsync($"media/{id}"), HttpStatusCode.Forbidden);

        var big = new byte[AdminApiFixture.MaxUploadBytes * 2];
        TestImages.Jpeg(200, 100).CopyTo(big, 0);
        await ProblemAsync(await api.PostAsync("media", Upload(("big.jpg", big), ("altText", "grand"))), HttpStatusCode.RequestEntityTooLarge);
        await ProblemAsync(await api.PostAsync("media", Json(new { altText = "x" })), HttpStatusCode.UnsupportedMediaType);
    }

    private static MultipartFormDataContent Upload((string Name, byte[] Bytes) file, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file.Bytes);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "file", file.Name);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }
}
