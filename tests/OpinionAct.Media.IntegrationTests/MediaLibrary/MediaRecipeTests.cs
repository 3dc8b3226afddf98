using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.MediaLibrary;

/// <summary>Orchard Core's <c>media</c> step through the pipeline, and content that points at <c>/media/&lt;TargetPath&gt;</c>.</summary>
public sealed class MediaRecipeTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _folder = Path.Combine(_storage.DataPath, "recipe-folder");
        Directory.CreateDirectory(Path.Combine(_folder, "img"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "img", "cover.jpg"), TestImages.Jpeg(640, 360));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "img", "portrait.png"), TestImages.Png(300, 300));
        Assert.Equal(0, (await Run("tenants", "create", "--name", "brand")).ExitCode);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_storage, args);

    private async Task<CliResult> RunRecipeAsync(string json)
    {
        var file = Path.Combine(_folder, "test.recipe.json");
        await File.WriteAllTextAsync(file, json);
        return await Run("recipes", "run", "--tenant", "brand", "--recipe-file", file, "--json");
    }

    private static string Recipe(string files, string content = "") => $$"""
        { "name": "media-test", "steps": [
          { "name": "media", {{files}} }{{(content.Length > 0 ? $$""", { "name": "content", "Data": [ {{content}} ] }""" : string.Empty)}}
        ] }
        """;

    private async Task<List<MediaItemRecord>> ItemsAsync()
    {
        await using var host = new MediaHost(_storage);
        var tenant = (await host.Get<ITenantStore>().FindAsync("brand", default))!;
        await using var scope = host.Services.CreateTenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<MediaStore>().AllAsync(default);
    }

    private async Task<(ArticleRecord Article, ExpertRecord Expert)> ContentAsync()
    {
        await using var host = new MediaHost(_storage);
        var tenant = (await host.Get<ITenantStore>().FindAsync("brand", default))!;
        await using var scope = host.Services.CreateTenantScope(tenant);
        var article = await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Articles.AsNoTracking().SingleAsync(a => a.Path == "with-images");
        var experts = await scope.ServiceProvider.GetRequiredService<ExpertStore>().ListAsync(default);
        return (article, experts.Single(e => e.Slug == "claire"));
    }

    private const string Content = """
        { "ContentType": "Expert", "ContentItemId": "e1", "TitlePart": { "Title": "Claire" }, "AutoroutePart": { "Path": "claire" },
          "ExpertPart": { "Photo": "~/media/team/portrait.png", "Bio": "Ingénieure." } },
        { "ContentType": "Article", "ContentItemId": "a1", "Published": false, "TitlePart": { "Title": "Avec images" }, "AutoroutePart": { "Path": "with-images" },
          "MarkdownBodyPart": { "Markdown": "Intro.\n\n![Une pompe à chaleur](/media/blog/cover.jpg)\n\n<img src=\"/media/team/portrait.png\" alt=\"Claire\">\n\n![Absente](/media/blog/missing.jpg)\n\n[Le fichier](/media/blog/cover.jpg)" },
          "ArticlePart": { "Dek": "Un chapô.", "CoverImage": "/media/blog/cover.jpg", "CoverAlt": "Couverture" } }
        """;

    [Fact]
    public async Task Media_step_should_import_source_and_base64_files_and_point_content_at_them()
    {
        var base64 = Convert.ToBase64String(TestImages.Png(300, 300));
        var result = await RunRecipeAsync(Recipe($$"""
            "files": [
              { "targetPath": "blog/cover.jpg", "sourcePath": "img/cover.jpg", "AltText": "Une pompe à chaleur", "Credit": "Illustration générée — OpinionAct", "Licence": "CC BY 4.0" },
              { "TargetPath": "team/portrait.png", "Base64": "{{base64}}" } ]
            """, Content));

        Assert.True(result.ExitCode == 0, result.ToString());
        var items = await ItemsAsync();
        var cover = items.Single(i => i.LibraryPath == "blog/cover.jpg");
        var portrait = items.Single(i => i.LibraryPath == "team/portrait.png");
        Assert.Equal((640, 360), (cover.Width, cover.Height));
        Assert.Equal(("Une pompe à chaleur", "Illustration générée — OpinionAct", "CC BY 4.0"), (cover.AltText, cover.Credit, cover.Licence));
        Assert.Equal("recipe", cover.UploadedBy);
        var (article, expert) = await ContentAsync();
        Assert.Equal($"media:{cover.Id}", article.CoverImage);
        Assert.Equal($"media:{portrait.Id}", expert.PhotoUrl);
        Assert.Contains($"![Une pompe à chaleur](media:{cover.Id})", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"media:{portrait.Id}\"", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("[Le fichier](/media/blog/cover.jpg)", article.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains("![Absente](/media/blog/missing.jpg)", article.BodyMarkdown, StringComparison.Ordinal);
        var warnings = JsonDocument.Parse(result.Out).RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()).ToList();
        Assert.Contains(warnings, w => w!.Contains("'/media/blog/missing.jpg' names no media item", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Media_step_should_keep_unchanged_files_and_replace_changed_ones_when_run_again()
    {
        var recipe = Recipe("""
            "Files": [ { "TargetPath": "blog/cover.jpg", "SourcePath": "img/cover.jpg" }, { "TargetPath": "team/portrait.png", "SourcePath": "img/portrait.png" } ]
            """, Content);
        Assert.Equal(0, (await RunRecipeAsync(recipe)).ExitCode);
        var first = await ItemsAsync();

        await File.WriteAllBytesAsync(Path.Combine(_folder, "img", "cover.jpg"), TestImages.Jpeg(800, 450));
        var again = await RunRecipeAsync(recipe);

        Assert.True(again.ExitCode == 0, again.ToString());
        var second = await ItemsAsync();
        Assert.Equal(2, second.Count);
        var cover = second.Single(i => i.LibraryPath == "blog/cover.jpg");
        var portrait = second.Single(i => i.LibraryPath == "team/portrait.png");
        Assert.Equal(first.Single(i => i.LibraryPath == "blog/cover.jpg").Id, cover.Id);
        Assert.Equal((800, 450), (cover.Width, cover.Height));
        Assert.Equal(first.Single(i => i.LibraryPath == "team/portrait.png").UpdatedUtc, portrait.UpdatedUtc);
        Assert.Equal($"media:{cover.Id}", (await ContentAsync()).Article.CoverImage);
    }

    [Theory]
    [InlineData("../outside.jpg", "leads out of the recipe's folder")]
    [InlineData("img/../../outside.jpg", "leads out of the recipe's folder")]
    [InlineData("/etc/passwd", "is absolute")]
    [InlineData("img/link.jpg", "symbolic link that leads out")]
    public async Task Media_step_should_refuse_a_source_path_outside_the_recipe_folder_and_store_nothing(string source, string message)
    {
        var outside = Path.Combine(_storage.DataPath, "outside.jpg");
        await File.WriteAllBytesAsync(outside, TestImages.Jpeg(320, 200));
        File.CreateSymbolicLink(Path.Combine(_folder, "img", "link.jpg"), outside);

        var result = await RunRecipeAsync(Recipe($$"""
            "Files": [ { "TargetPath": "stolen.jpg", "SourcePath": "{{source}}" } ]
            """));

        Assert.True(result.ExitCode == 0, result.ToString());
        var warning = Assert.Single(JsonDocument.Parse(result.Out).RootElement.GetProperty("warnings").EnumerateArray());
        Assert.Equal("$.steps[0].Files[0].SourcePath", warning.GetProperty("path").GetString());
        Assert.Contains(message, warning.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Empty(await ItemsAsync());
        Assert.False(Directory.Exists(Path.Combine(_storage.DataPath, "tenants", "brand", "media")) && Directory.EnumerateFiles(Path.Combine(_storage.DataPath, "tenants", "brand", "media"), "*", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Media_step_should_report_a_corrupt_file_and_import_the_rest()
    {
        var truncated = TestImages.Jpeg(640, 360)[..400];
        var result = await RunRecipeAsync(Recipe($$"""
            "Files": [
              { "TargetPath": "broken.jpg", "Base64": "{{Convert.ToBase64String(truncated)}}" },
              { "TargetPath": "svg.jpg", "Base64": "{{Convert.ToBase64String("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray())}}" },
              { "TargetPath": "nothing.jpg", "SourcePath": "img/nothing.jpg" },
              { "TargetPath": "../up.jpg", "SourcePath": "img/cover.jpg" },
              { "TargetPath": "good.jpg", "SourcePath": "img/cover.jpg" } ]
            """));

        Assert.True(result.ExitCode == 0, result.ToString());
        var warnings = JsonDocument.Parse(result.Out).RootElement.GetProperty("warnings").EnumerateArray()
            .Select(w => (Path: w.GetProperty("path").GetString(), Message: w.GetProperty("message").GetString()!)).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.StartsWith("'broken.jpg' not imported: ", warnings.Single(w => w.Path == "$.steps[0].Files[0]").Message, StringComparison.Ordinal);
        Assert.StartsWith("'svg.jpg' not imported: ", warnings.Single(w => w.Path == "$.steps[0].Files[1]").Message, StringComparison.Ordinal);
        Assert.Contains("names no file", warnings.Single(w => w.Path == "$.steps[0].Files[2].SourcePath").Message, StringComparison.Ordinal);
        Assert.Contains("not a library path", warnings.Single(w => w.Path == "$.steps[0].Files[3].TargetPath").Message, StringComparison.Ordinal);
        Assert.Equal("good.jpg", Assert.Single(await ItemsAsync()).LibraryPath);
    }

    [Fact]
    public async Task Media_step_should_be_an_error_when_files_is_not_an_array()
    {
        var result = await RunRecipeAsync("""{ "name": "m", "steps": [ { "name": "media", "Files": "img/cover.jpg" } ] }""");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.steps[0].Files", result.Out + result.Error, StringComparison.Ordinal);
    }
}
