using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.FactChecks;

/// <summary>Fact-checks (claim reviews) edited in the article form, shown in both themes and as ClaimReview JSON-LD.</summary>
public sealed partial class FactCheckTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("news", prefix: "news");
        await AdminClient.AddUserAsync(_storage, "news", "admin@news.test", "Admin");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private static KeyValuePair<string, string>[] Review(int row, string claim, string rating, string evidence) =>
    [
        new($"ClaimReviews[{row}].Claim", claim),
        new($"ClaimReviews[{row}].ClaimantName", "Député Martin"),
        new($"ClaimReviews[{row}].ClaimantUrl", "https://martin.example/"),
        new($"ClaimReviews[{row}].AppearanceUrl", "https://video.example/interview"),
        new($"ClaimReviews[{row}].AppearanceDate", "2026-10-03"),
        new($"ClaimReviews[{row}].Rating", rating),
        new($"ClaimReviews[{row}].Evidence", evidence),
    ];

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Fact_check_should_show_on_the_article_and_as_ClaimReview_when_published(string theme)
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        var settings = await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "News"), new("Language", "fr"), new("Theme", theme), new("TimeZone", "Europe/Paris")]);
        Assert.Equal(HttpStatusCode.Redirect, settings.StatusCode);

        var id = await admin.CreateArticleAsync("Pompes à chaleur", "Elles chauffent aussi par grand froid.", action: "publish",
            extra: Review(0, "Les pompes à chaleur ne marchent pas sous 0 °C.", "1", "Étude de l'Ademe | https://www.ademe.fr/pac\nEssai en Norvège | https://norway.example/test"));
        var form = await admin.PageAsync($"/articles/{id}");
        var page = await _host.Client().GetStringAsync(new Uri("/news/pompes-a-chaleur", UriKind.Relative));

        Assert.Contains("Les pompes à chaleur ne marchent pas sous 0 °C.", form, StringComparison.Ordinal);
        Assert.Contains("Étude de l&#x27;Ademe | https://www.ademe.fr/pac", form, StringComparison.Ordinal);
        Assert.Contains("id=\"fact-check-1\"", page, StringComparison.Ordinal);
        Assert.Contains("Vérifications des faits", page, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"fact-check-verdict\">Faux</strong>", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://www.ademe.fr/pac\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"https://video.example/interview\"", page, StringComparison.Ordinal);
        Assert.Contains("3 octobre 2026", page, StringComparison.Ordinal);

        var graph = JsonDocument.Parse(JsonLd(page)).RootElement;
        Assert.Equal(JsonValueKind.Array, graph.ValueKind);
        Assert.Equal("Article", graph[0].GetProperty("@type").GetString());
        var review = graph[1];
        Assert.Equal("ClaimReview", review.GetProperty("@type").GetString());
        Assert.Equal("Les pompes à chaleur ne marchent pas sous 0 °C.", review.GetProperty("claimReviewed").GetString());
        Assert.EndsWith("/news/pompes-a-chaleur#fact-check-1", review.GetProperty("url").GetString(), StringComparison.Ordinal);
        var rating = review.GetProperty("reviewRating");
        Assert.Equal(1, rating.GetProperty("ratingValue").GetInt32());
        Assert.Equal(5, rating.GetProperty("bestRating").GetInt32());
        Assert.Equal(1, rating.GetProperty("worstRating").GetInt32());
        Assert.Equal("Faux", rating.GetProperty("alternateName").GetString());
        var claim = review.GetProperty("itemReviewed");
        Assert.Equal("Claim", claim.GetProperty("@type").GetString());
        Assert.Equal("Député Martin", claim.GetProperty("author").GetProperty("name").GetString());
        Assert.Equal("https://video.example/interview", claim.GetProperty("appearance").GetProperty("url").GetString());
        Assert.Equal(2, review.GetProperty("citation").GetArrayLength());
    }

    [Fact]
    public async Task Fact_check_should_be_refused_with_one_sentence_when_the_rating_is_off_the_scale()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");

        var response = await admin.PostFormAsync("/articles/new", "/articles/new",
            [new("Title", "Vérifié"), new("Body", "Texte."), new("Language", "fr"), new("action", "save"), .. Review(0, "La Terre est plate.", "7", "Nasa | https://nasa.example/")]);
        var html = await response.Content.ReadAsStringAsync();
        var list = await admin.PageAsync("/articles");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("doit être un nombre entier de 1 (faux) à 5 (vrai) ; 7 n&#x27;est pas sur l&#x27;échelle.", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#ClaimReviews-0-Rating\"", html, StringComparison.Ordinal);
        Assert.Contains("La Terre est plate.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Vérifié", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nasa | javascript:alert(1)")]
    [InlineData("Nasa | ftp://nasa.example/file")]
    [InlineData("https://nasa.example/ sans titre")]
    public async Task Fact_check_should_be_refused_when_an_evidence_link_is_not_http(string evidence)
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");

        var response = await admin.PostFormAsync("/articles/new", "/articles/new",
            [new("Title", "Preuves"), new("Body", "Texte."), new("Language", "fr"), new("action", "save"), .. Review(0, "Une affirmation.", "3", evidence)]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("href=\"#ClaimReviews-0-Evidence\"", html, StringComparison.Ordinal);
        Assert.Contains("ligne 1 des preuves", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Preuves", await admin.PageAsync("/articles"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fact_check_claim_should_be_encoded_when_it_carries_a_script()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        const string hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> le vaccin contient une puce";

        await admin.CreateArticleAsync("Puces", "Non.", action: "publish", extra: Review(0, hostile, "1", "OMS | https://who.example/"));
        var page = await _host.Client().GetStringAsync(new Uri("/news/puces", UriKind.Relative));

        Assert.Contains("le vaccin contient une puce", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", page, StringComparison.Ordinal);
        var review = JsonDocument.Parse(JsonLd(page)).RootElement[1];
        Assert.Equal(hostile, review.GetProperty("claimReviewed").GetString());
    }

    [Fact]
    public async Task Fact_check_should_be_dropped_when_its_remove_box_is_ticked()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        var id = await admin.CreateArticleAsync("Retrait", "Texte.", action: "publish", extra: Review(0, "À retirer.", "2", "Source | https://source.example/"));

        var saved = await admin.PostFormAsync($"/articles/{id}", $"/articles/{id}",
            [new("Title", "Retrait"), new("Body", "Texte."), new("Language", "fr"), new("action", "save"), .. Review(0, "À retirer.", "2", "Source | https://source.example/"), new("ClaimReviews[0].Remove", "on")]);
        var page = await _host.Client().GetStringAsync(new Uri("/news/retrait", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.DoesNotContain("À retirer.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ClaimReview", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Expert")]
    [InlineData("Magazine")]
    public async Task Topic_page_should_list_the_fact_checks_of_its_articles_linking_to_each_review(string theme)
    {
        await new ContentSeed(_host, "news").TopicAsync("Énergie", "energie");
        var admin = await AdminClient.SignInAsync(_host.Client(), "news", "admin@news.test");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/settings", "/settings", [new("SiteName", "News"), new("Language", "fr"), new("Theme", theme), new("TimeZone", "Europe/Paris")])).StatusCode);
        await admin.CreateArticleAsync("Le froid et les pompes", "Texte.", action: "publish",
            extra: [new("Topics", "energie"), .. Review(0, "Les pompes à chaleur gèlent en hiver.", "2", "Essai | https://essai.example/"), .. Review(1, "Elles chauffent à -15 °C.", "5", "Mesure | https://mesure.example/")]);
        await admin.CreateArticleAsync("Brouillon vérifié", "Texte.", action: "save",
            extra: [new("Topics", "energie"), .. Review(0, "Affirmation d'un brouillon.", "1", "Source | https://source.example/")]);

        var page = await _host.Client().GetStringAsync(new Uri("/news/topics/energie", UriKind.Relative));

        Assert.Contains("Vérifications des faits sur ce thème", page, StringComparison.Ordinal);
        Assert.Contains("Les pompes à chaleur gèlent en hiver.", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/news/le-froid-et-les-pompes#fact-check-2\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong class=\"fact-check-verdict\">Plutôt faux</strong>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Affirmation d'un brouillon.", page, StringComparison.Ordinal);
    }

    private static string JsonLd(string page) => WebUtility.HtmlDecode(JsonLdPattern().Match(page).Groups[1].Value) is { Length: > 0 } json ? json : throw new InvalidOperationException("no JSON-LD on the page");

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLdPattern();
}
