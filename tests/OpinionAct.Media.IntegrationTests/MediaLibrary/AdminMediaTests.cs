using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>The media library in a hub's admin, over HTTP: upload with and without script, describe, replace, delete, pickers and the alt-text rule.</summary>
public sealed partial class AdminMediaTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("news", prefix: "news");
        await AdminClient.AddUserAsync(_storage, "news", "editor@news.test", "Editor");
        await AdminClient.AddUserAsync(_storage, "news", "author@news.test", "Author");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Upload_should_store_the_image_and_show_it_in_the_grid_when_posted_without_script()
    {
        var editor = await EditorAsync();

        var response = await UploadAsync(editor, "/media", "/media", ("Pompe à chaleur.jpg", TestImages.Jpeg(1200, 800)));
        var id = MediaId(response);
        var item = await editor.PageAsync($"/media/{id}?done=uploaded");
        var grid = await editor.PageAsync("/media");
        var thumb = ThumbPattern().Match(grid);
        var image = await _host.Client().GetAsync(new Uri(WebUtility.HtmlDecode(thumb.Value), UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("pompe-a-chaleur.jpg", item, StringComparison.Ordinal);
        Assert.Contains("1200 × 800 px", item, StringComparison.Ordinal);
        Assert.Contains($"media:{id}", item, StringComparison.Ordinal);
        Assert.Contains("editor@news.test", item, StringComparison.Ordinal);
        Assert.True(thumb.Success, grid);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Contains("Médias", grid, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_should_refuse_an_svg_with_its_message_and_store_nothing()
    {
        var editor = await EditorAsync();
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"u8.ToArray();

        var page = await UploadAsync(editor, "/media", "/media", ("logo.svg", svg));
        var html = await page.Content.ReadAsStringAsync();
        var json = await UploadAsync(editor, "/media", "/media", json: true, files: ("logo.jpg", svg));
        var body = await json.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, page.StatusCode);
        Assert.Contains("logo.svg: The file is an SVG or XML document", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, json.StatusCode);
        Assert.Contains("\"file\":\"logo.jpg\"", body, StringComparison.Ordinal);
        Assert.Contains("SVG is not accepted", body, StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync("news"));
    }

    [Fact]
    public async Task Upload_should_be_refused_before_reading_when_the_body_is_over_the_limit()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?> { ["Media:Library:MaxUploadBytes"] = "100000" });
        await host.CreateTenantAsync("small", prefix: "small");
        await AdminClient.AddUserAsync(storage, "small", "editor@small.test", "Editor");
        var editor = await AdminClient.SignInAsync(host.Client(), "small", "editor@small.test");
        var big = new byte[400_000];
        TestImages.Jpeg(200, 100).CopyTo(big, 0);

        var response = await UploadAsync(editor, "/media", "/media", ("big.jpg", big));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("Trop volumineux", html, StringComparison.Ordinal);
        await using var scope = await host.TenantScopeAsync("small");
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(default));
    }

    [Fact]
    public async Task Metadata_and_focal_point_should_persist_and_change_the_variant_version_when_saved()
    {
        var editor = await EditorAsync();
        var id = MediaId(await UploadAsync(editor, "/media", "/media", ("chantier.jpg", TestImages.Jpeg(800, 600))));
        var before = VersionPattern().Match(await editor.PageAsync($"/media/{id}")).Groups[1].Value;

        var saved = await editor.PostFormAsync($"/media/{id}", $"/media/{id}",
        [
            new("AltText", "Un ouvrier pose une pompe à chaleur"), new("Caption", "Sur le chantier"), new("Credit", "Photo : Jeanne Martin"),
            new("Licence", "CC BY 4.0"), new("Tags", "Chantier, Énergie"), new("FocalX", "0.2"), new("FocalY", "0,8"),
        ]);
        var page = await editor.PageAsync($"/media/{id}");
        var after = VersionPattern().Match(page).Groups[1].Value;
        var byTag = await editor.PageAsync("/media?tag=energie");
        var outside = await editor.PostFormAsync($"/media/{id}", $"/media/{id}", [new("AltText", "x"), new("FocalX", "2"), new("FocalY", "0.5")]);
        var notANumber = await editor.PostFormAsync($"/media/{id}", $"/media/{id}", [new("AltText", "x"), new("FocalX", "0.5"), new("FocalY", "abc")]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"Un ouvrier pose une pompe à chaleur\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"chantier, energie\"", page, StringComparison.Ordinal);
        Assert.Contains("id=\"FocalX\" name=\"FocalX\" type=\"number\" value=\"0.2\"", page, StringComparison.Ordinal);
        Assert.Contains("value=\"0.8\"", page, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        Assert.Contains($"/admin/media/{id}\"", byTag, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, outside.StatusCode);
        Assert.Contains("compris entre 0 (gauche) et 1 (droite)", await outside.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notANumber.StatusCode);
        Assert.Contains("doit être un nombre entre 0 et 1", await notANumber.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("value=\"Un ouvrier pose une pompe à chaleur\"", await editor.PageAsync($"/media/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replace_should_keep_the_id_and_text_when_a_publisher_sends_a_new_file()
    {
        var editor = await EditorAsync();
        var author = await AdminClient.SignInAsync(_host.Client(), "news", "author@news.test");
        var id = MediaId(await UploadAsync(editor, "/media", "/media", ("avant.jpg", TestImages.Jpeg(800, 600))));
        await editor.PostFormAsync($"/media/{id}", $"/media/{id}", [new("AltText", "Texte gardé"), new("FocalX", "0.5"), new("FocalY", "0.5")]);

        var replaced = await UploadAsync(editor, $"/media/{id}", $"/media/{id}/replace", "file", ("apres.png", TestImages.Png(400, 300)));
        var page = await editor.PageAsync($"/media/{id}");
        var byAuthor = await UploadAsync(author, $"/media/{id}", $"/media/{id}/replace", "file", ("x.png", TestImages.Png(40, 30)));

        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        Assert.EndsWith($"/admin/media/{id}?done=replaced", replaced.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Contains("400 × 300 px", page, StringComparison.Ordinal);
        Assert.Contains("apres.png", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Texte gardé\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, byAuthor.StatusCode);
    }

    [Fact]
    public async Task Delete_should_be_refused_with_the_article_listed_while_an_article_uses_the_image()
    {
        var editor = await EditorAsync();
        var id = MediaId(await UploadAsync(editor, "/media", "/media", ("couverture.jpg", TestImages.Jpeg())));
        var article = await editor.CreateArticleAsync("Isoler les combles", extra: [new("CoverImage", $"media:{id}"), new("CoverAlt", "Des combles isolés")]);

        var refused = await editor.PostFormAsync($"/media/{id}", $"/media/{id}/delete", []);
        var html = await refused.Content.ReadAsStringAsync();
        await editor.PostFormAsync($"/articles/{article}", $"/articles/{article}", [new("Title", "Isoler les combles"), new("Body", "Sans image."), new("Language", "fr"), new("action", "save")]);
        var deleted = await editor.PostFormAsync($"/media/{id}", $"/media/{id}/delete", []);
        var gone = await editor.GetAsync($"/media/{id}");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains($"href=\"/news/admin/articles/{article}\"", html, StringComparison.Ordinal);
        Assert.Contains("Isoler les combles", html, StringComparison.Ordinal);
        Assert.Contains("(cover)", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Empty(await ItemsAsync("news"));
    }

    [Fact]
    public async Task Another_tenants_item_should_be_404_in_the_admin()
    {
        await _host.CreateTenantAsync("other", prefix: "other");
        await AdminClient.AddUserAsync(_storage, "other", "editor@other.test", "Editor");
        var editor = await EditorAsync();
        var stranger = await AdminClient.SignInAsync(_host.Client(), "other", "editor@other.test");
        var id = MediaId(await UploadAsync(editor, "/media", "/media", ("prive.jpg", TestImages.Jpeg())));

        var page = await stranger.GetAsync($"/media/{id}");
        var thumb = await stranger.GetAsync($"/media/{id}/thumb");
        var delete = await stranger.PostFormAsync("/media", $"/media/{id}/delete", []);
        var cover = await stranger.PostFormAsync("/articles/new", "/articles/new", [new("Title", "Emprunt"), new("Language", "fr"), new("CoverImage", $"media:{id}"), new("action", "save")]);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, thumb.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, cover.StatusCode);
        Assert.Single(await ItemsAsync("news"));
    }

    [Fact]
    public async Task Author_should_upload_and_describe_but_not_delete()
    {
        var author = await AdminClient.SignInAsync(_host.Client(), "news", "author@news.test");

        var response = await UploadAsync(author, "/media", "/media", ("auteur.webp", TestImages.Webp()));
        var id = MediaId(response);
        var described = await author.PostFormAsync($"/media/{id}", $"/media/{id}", [new("AltText", "Un schéma"), new("FocalX", "0.5"), new("FocalY", "0.5")]);
        var page = await author.PageAsync($"/media/{id}");
        var delete = await author.PostFormAsync($"/media/{id}", $"/media/{id}/delete", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, described.StatusCode);
        Assert.DoesNotContain("/replace\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Single(await ItemsAsync("news"));
    }

    [Fact]
    public async Task Picker_fields_should_refuse_a_reference_to_a_missing_item_and_accept_an_existing_one()
    {
        await AdminClient.AddUserAsync(_storage, "news", "admin@news.test", "Admin");
        var editor = await EditorAsync();
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        var id = MediaId(await UploadAsync(editor, "/media", "/media", ("logo.png", TestImages.Png())));

        var article = await editor.PostFormAsync("/articles/new", "/articles/new", [new("Title", "Couverture fantôme"), new("Language", "fr"), new("CoverImage", "media:999999"), new("action", "save")]);
        var topic = await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Énergie"), new("Image", "media:999999")]);
        var expert = await editor.PostFormAsync("/experts/new", "/experts/new", [new("Name", "Jeanne Martin"), new("PhotoUrl", "media:abc")]);
        var settings = await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "News"), new("Language", "fr"), new("Theme", "Expert"), new("TimeZone", "Europe/Paris"), new("Logo", "media:999999"), new("SocialImage", "javascript:alert(1)")]);
        var settingsHtml = await settings.Content.ReadAsStringAsync();
        var goodTopic = await editor.PostFormAsync("/topics/new", "/topics/new", [new("Name", "Isolation"), new("Image", $"media:{id}")]);
        var goodSettings = await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "News"), new("Language", "fr"), new("Theme", "Expert"), new("TimeZone", "Europe/Paris"), new("Logo", $"media:{id}"), new("SocialImage", "https://example.org/og.jpg")]);
        var settingsPage = await admin.PageAsync("/settings");
        var itemPage = await editor.PageAsync($"/media/{id}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, article.StatusCode);
        Assert.Contains("élément 999999 n&#x27;existe pas dans la médiathèque", await article.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, topic.StatusCode);
        Assert.Contains("élément 999999 n&#x27;existe pas dans la médiathèque", await topic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, expert.StatusCode);
        Assert.Contains("n&#x27;est pas une référence à la médiathèque", await expert.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, settings.StatusCode);
        Assert.Contains("élément 999999 n&#x27;existe pas dans la médiathèque", settingsHtml, StringComparison.Ordinal);
        Assert.Contains("doit être une adresse http(s)", settingsHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, goodTopic.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, goodSettings.StatusCode);
        Assert.Contains($"src=\"/news/admin/media/{id}/thumb\"", settingsPage, StringComparison.Ordinal);
        Assert.Contains("data-media-choose=\"Logo\"", settingsPage, StringComparison.Ordinal);
        Assert.Contains("topic \u201cIsolation\u201d (image)", itemPage, StringComparison.Ordinal);
        Assert.Contains("(logo)", itemPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Picker_grid_should_list_items_with_their_reference_and_alt_text()
    {
        var editor = await EditorAsync();
        var id = MediaId(await UploadAsync(editor, "/media", "/media", ("serre.jpg", TestImages.Jpeg())));
        await editor.PostFormAsync($"/media/{id}", $"/media/{id}", [new("AltText", "Une serre"), new("FocalX", "0.5"), new("FocalY", "0.5")]);

        var grid = await editor.PageAsync("/media/picker?q=serre");
        var none = await editor.PageAsync("/media/picker?q=introuvable");
        var editorPage = await editor.PageAsync("/articles/new");
        var pageEditor = await editor.PageAsync("/pages/new");
        var expertEditor = await editor.PageAsync("/experts/new");

        Assert.Contains($"data-media-ref=\"media:{id}\"", grid, StringComparison.Ordinal);
        Assert.Contains("data-alt=\"Une serre\"", grid, StringComparison.Ordinal);
        Assert.DoesNotContain("data-media-ref", none, StringComparison.Ordinal);
        Assert.Contains("data-media-insert=\"Body\"", editorPage, StringComparison.Ordinal);
        Assert.Contains("<dialog id=\"media-picker\"", editorPage, StringComparison.Ordinal);
        Assert.Contains("data-media-insert=\"Body\"", pageEditor, StringComparison.Ordinal);
        Assert.Contains("<dialog id=\"media-picker\"", pageEditor, StringComparison.Ordinal);
        Assert.Contains("data-media-insert=\"Bio\"", expertEditor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_should_be_refused_when_images_lack_alt_text_and_accepted_once_described_or_decorative()
    {
        var editor = await EditorAsync();
        var cover = MediaId(await UploadAsync(editor, "/media", "/media", ("toiture.jpg", TestImages.Jpeg())));
        var inline = MediaId(await UploadAsync(editor, "/media", "/media", ("motif.png", TestImages.Png())));
        var body = $"Avant.\n\n![](media:{inline})\n\nAprès.";
        var id = await editor.CreateArticleAsync("Toitures solaires", body, extra: [new("CoverImage", $"media:{cover}")]);
        KeyValuePair<string, string>[] form = [new("Title", "Toitures solaires"), new("Body", body), new("Language", "fr"), new("CoverImage", $"media:{cover}")];

        var refused = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [.. form, new("action", "publish")]);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var scheduled = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [.. form, new("action", "schedule"), new("ScheduleAt", "2099-01-01T10:00")]);
        var hidden = await _host.Client().GetAsync(new Uri("/news/toitures-solaires", UriKind.Relative));
        await editor.PostFormAsync($"/media/{cover}", $"/media/{cover}", [new("AltText", "Une toiture couverte de panneaux"), new("FocalX", "0.5"), new("FocalY", "0.5")]);
        await editor.PostFormAsync($"/media/{inline}", $"/media/{inline}", [new("Decorative", "true"), new("FocalX", "0.5"), new("FocalY", "0.5")]);
        var published = await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [.. form, new("action", "publish")]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"la couverture (media:{cover}, toiture.jpg) n&#x27;a pas de texte alternatif", refusedHtml, StringComparison.Ordinal);
        Assert.Contains($"ces images n&#x27;ont pas de texte alternatif : media:{inline}, motif.png", refusedHtml, StringComparison.Ordinal);
        Assert.Contains("status-Draft", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, scheduled.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("status-Published", await editor.PageAsync($"/articles/{id}"), StringComparison.Ordinal);
    }

    private Task<AdminClient> EditorAsync() => AdminClient.SignInAsync(_host.Client(), "news", "editor@news.test");

    private async Task<List<MediaItemRecord>> ItemsAsync(string tenant)
    {
        await using var scope = await _host.TenantScopeAsync(tenant);
        return await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(default);
    }

    private static Task<HttpResponseMessage> UploadAsync(AdminClient client, string formPage, string action, params (string Name, byte[] Bytes)[] files) =>
        UploadAsync(client, formPage, action, "files", false, files);

    private static Task<HttpResponseMessage> UploadAsync(AdminClient client, string formPage, string action, string field, params (string Name, byte[] Bytes)[] files) =>
        UploadAsync(client, formPage, action, field, false, files);

    private static Task<HttpResponseMessage> UploadAsync(AdminClient client, string formPage, string action, bool json, params (string Name, byte[] Bytes)[] files) =>
        UploadAsync(client, formPage, action, "files", json, files);

    /// <summary>Posts files as a browser's multipart form does, with the page's antiforgery token; with <paramref name="json"/>, as the drag-and-drop script does.</summary>
    private static async Task<HttpResponseMessage> UploadAsync(AdminClient client, string formPage, string action, string field, bool json, (string Name, byte[] Bytes)[] files)
    {
        var token = AdminClient.Token(await client.Http.GetStringAsync(client.Url(formPage)));
        using var content = new MultipartFormDataContent { { new StringContent(token.Value), token.Key } };
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            content.Add(part, field, name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, client.Url(action)) { Content = content };
        if (json)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await client.Http.SendAsync(request);
    }

    private static int MediaId(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"upload: {response.StatusCode}");
        return int.Parse(MediaIdPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"/admin/media/(\d+)")]
    private static partial Regex MediaIdPattern();

    [GeneratedRegex(@"/news/media/\d+/[0-9a-f]{16}/sq320\.webp\?k=[^""]+")]
    private static partial Regex ThumbPattern();

    [GeneratedRegex(@"/media/\d+/([0-9a-f]{16})/sq320")]
    private static partial Regex VersionPattern();
}
