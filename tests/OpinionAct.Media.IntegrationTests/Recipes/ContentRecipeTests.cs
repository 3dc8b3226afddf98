using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Data;

namespace OpinionAct.Media.IntegrationTests.Recipes;

/// <summary>The recipe content step in our shape (TopicPart, ExpertPart, ArticlePart): bad content applies nothing.</summary>
public sealed class ContentRecipeTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "content")).ExitCode);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private async Task<CliResult> RunRecipeAsync(string items)
    {
        var file = Path.Combine(_storage.DataPath, $"{Guid.NewGuid():n}.recipe.json");
        await File.WriteAllTextAsync(file, $$"""
            { "name": "content-test", "steps": [ { "name": "content", "Data": [
              { "ContentType": "Topic", "ContentItemId": "t1", "TitlePart": { "Title": "Énergie" }, "AutoroutePart": { "Path": "energie" } },
              { "ContentType": "Expert", "ContentItemId": "e1", "TitlePart": { "Title": "Amina Belkacem" }, "ExpertPart": { "JobTitle": "Ingénieure réseaux" } },
              {{items}}
            ] } ] }
            """);
        return await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "content", "--recipe-file", file);
    }

    private async Task<(int Articles, int Topics, int Experts)> CountsAsync()
    {
        await using var host = new MediaHost(_storage);
        await using var db = host.Get<MediaDatabase>().CreateTenantContext("content");
        return (await db.Articles.CountAsync(), await db.Topics.CountAsync(), await db.Experts.CountAsync());
    }

    private const string GoodArticle = """
        { "ContentType": "Article", "ContentItemId": "a1", "Published": true, "TitlePart": { "Title": "Le réseau" }, "AutoroutePart": { "Path": "le-reseau" },
          "MarkdownBodyPart": { "Markdown": "Texte." },
          "ArticlePart": { "Dek": "Chapô", "Language": "fr", "PublishedUtc": "2026-10-02T07:30:00Z", "Topics": [ "energie" ], "Experts": [ "amina-belkacem" ],
                           "Sources": [ { "Title": "RTE", "Url": "https://www.rte-france.com/", "Publisher": "RTE", "Claim": "Le réseau évolue." } ],
                           "Corrections": [ { "Date": "2026-10-03T08:00:00Z", "Text": "Chiffre corrigé." } ] } }
        """;

    [Fact]
    public async Task Content_step_should_import_topics_experts_and_published_articles_and_update_them_on_rerun()
    {
        var first = await RunRecipeAsync(GoodArticle);
        var second = await RunRecipeAsync(GoodArticle.Replace("Le réseau\" }", "Le réseau électrique\" }", StringComparison.Ordinal));

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal((1, 1, 1), await CountsAsync());
        await using var host = new MediaHost(_storage);
        await using var db = host.Get<MediaDatabase>().CreateTenantContext("content");
        var article = await db.Articles.SingleAsync();
        Assert.Equal("Le réseau électrique", article.Title);
        Assert.Equal(new DateTime(2026, 10, 2, 7, 30, 0, DateTimeKind.Utc), article.PublishedUtc);
        Assert.Contains("Chiffre corrigé", article.CorrectionsJson, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Topics\": [ \"energie\" ]", "\"Topics\": [ \"inexistant\" ]", "ArticlePart.Topics", "topic 'inexistant' does not exist")]
    [InlineData("\"Experts\": [ \"amina-belkacem\" ]", "\"Experts\": [ \"nobody\" ]", "ArticlePart.Experts", "expert 'nobody' does not exist")]
    [InlineData("\"PublishedUtc\": \"2026-10-02T07:30:00Z\"", "\"PublishedUtc\": \"le 2 octobre\"", "ArticlePart.PublishedUtc", "is not a date")]
    [InlineData("\"Date\": \"2026-10-03T08:00:00Z\"", "\"Date\": \"hier\"", "Corrections[0].Date", "is not a date")]
    [InlineData("\"Url\": \"https://www.rte-france.com/\"", "\"Url\": \"javascript:alert(1)\"", "ArticlePart.Sources[0].Url", "absolute http or https URL")]
    [InlineData("\"Path\": \"le-reseau\"", "\"Path\": \"admin\"", "AutoroutePart.Path", "site uses for its own pages")]
    public async Task Content_step_should_apply_nothing_when_an_article_is_bad(string good, string bad, string path, string message)
    {
        var result = await RunRecipeAsync(GoodArticle.Replace(good, bad, StringComparison.Ordinal));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(path, result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Out + result.Error, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Html_body_from_orchard_should_be_sanitised_before_it_is_stored()
    {
        var result = await RunRecipeAsync("""
            { "ContentType": "BlogPost", "ContentItemId": "b1", "Published": true, "TitlePart": { "Title": "Billet" }, "AutoroutePart": { "Path": "billet" },
              "HtmlBodyPart": { "Html": "<p>Bonjour <b>lecteurs</b></p><script>alert(1)</script><img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">lien</a>" } }
            """);

        Assert.Equal(0, result.ExitCode);
        await using var host = new MediaHost(_storage);
        await using var db = host.Get<MediaDatabase>().CreateTenantContext("content");
        var article = await db.Articles.SingleAsync();
        Assert.Contains("<p>Bonjour <b>lecteurs</b></p>", article.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("script", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", article.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Bonjour lecteurs lien", article.BodyText);
    }

    [Fact]
    public async Task Content_step_should_refuse_two_articles_with_the_same_path()
    {
        var result = await RunRecipeAsync(GoodArticle + "," + GoodArticle.Replace("\"a1\"", "\"a2\"", StringComparison.Ordinal));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("already used by another article or page", result.Out, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }
}
