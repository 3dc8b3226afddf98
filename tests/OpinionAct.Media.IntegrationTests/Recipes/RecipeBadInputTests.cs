using System.Text;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Recipes;

/// <summary>Issue 16's bad recipes, each run to a report on a real tenant: never a hang, never half-applied, never a file read from outside.</summary>
public sealed class RecipeBadInputTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        _folder = Directory.CreateTempSubdirectory("media-bad-recipes-").FullName;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Duplicated_steps_should_apply_in_order_without_duplicating_items()
    {
        const string item = """{ "ContentType": "Topic", "ContentItemId": "topic-x", "TitlePart": { "Title": "TITLE" }, "AutoroutePart": { "Path": "sujet" } }""";
        var recipe = Write("twice", $$"""
            { "name": "twice", "steps": [
              { "name": "settings", "SiteName": "Premier" },
              { "name": "content", "data": [ {{item.Replace("TITLE", "Avant", StringComparison.Ordinal)}} ] },
              { "name": "SETTINGS", "sitename": "Second" },
              { "name": "Content", "Data": [ {{item.Replace("TITLE", "Après", StringComparison.Ordinal)}} ] }
            ] }
            """);

        var result = await _host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "twice", RecipeFile = recipe }, default);

        Assert.True(result.Succeeded, result.Report.Summary);
        await using var db = _host.Get<MediaDatabase>().CreateTenantContext("twice");
        Assert.Equal("Second", (await db.SiteSettings.SingleAsync()).SiteName);
        Assert.Equal(["Après"], await db.Topics.Select(t => t.Name).ToListAsync());
    }

    [Fact]
    public async Task Recipe_of_fifty_megabytes_should_be_refused_whole_with_the_field_that_is_too_long()
    {
        var body = new string('é', 25 * 1024 * 1024);
        var recipe = Write("huge", $$"""
            { "name": "huge", "steps": [ { "name": "content", "Data": [
              { "ContentType": "Page", "ContentItemId": "p1", "TitlePart": { "Title": "Énorme" }, "AutoroutePart": { "Path": "enorme" }, "MarkdownBodyPart": { "Markdown": "{{body}}" } }
            ] } ] }
            """);
        Assert.InRange(new FileInfo(recipe).Length, 50L * 1024 * 1024, 51L * 1024 * 1024);

        var result = await _host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "huge", RecipeFile = recipe }, default);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Report.Errors, e => e.Path.Contains("MarkdownBodyPart.Markdown", StringComparison.Ordinal));
        Assert.Null(await _host.Get<ITenantStore>().FindAsync("huge", default));
    }

    [Fact]
    public async Task Hundred_thousand_items_should_be_applied_as_reported_skips_and_one_more_refused_before_anything_is_written()
    {
        var atLimit = Write("many", Items(100_000));
        var overLimit = Write("toomany", Items(100_001));

        var applied = await _host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "many", RecipeFile = atLimit }, default);
        var refused = await _host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "toomany", RecipeFile = overLimit }, default);

        Assert.True(applied.Succeeded, applied.Report.Summary);
        Assert.Contains(applied.Report.Warnings, w => w.Message.Contains("100000 item(s) skipped", StringComparison.Ordinal));
        Assert.False(refused.Succeeded);
        Assert.Contains("100,001 items", refused.Report.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Null(await _host.Get<ITenantStore>().FindAsync("toomany", default));
    }

    [Fact]
    public async Task File_references_should_never_read_outside_the_recipe_folder()
    {
        var secret = Path.Combine(Path.GetDirectoryName(_folder)!, $"secret-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(secret, "mot de passe");
        try
        {
            var recipe = Write("escape", $$"""
                { "name": "escape", "steps": [
                  { "name": "settings", "Description": "[file:text('../{{Path.GetFileName(secret)}}')]" },
                  { "name": "media", "Files": [ { "TargetPath": "x.png", "SourcePath": "../{{Path.GetFileName(secret)}}" }, { "TargetPath": "y.png", "SourcePath": "{{secret}}" } ] }
                ] }
                """);

            var result = await _host.Provisioner.CreateAsync(new TenantCreateRequest { Name = "escape", RecipeFile = recipe }, default);

            Assert.True(result.Succeeded, result.Report.Summary);
            Assert.Contains(result.Report.Warnings, w => w.Message.Contains("leads out of the recipe's folder", StringComparison.Ordinal));
            Assert.Contains(result.Report.Warnings, w => w.Message.Contains("is absolute", StringComparison.Ordinal));
            await using var db = _host.Get<MediaDatabase>().CreateTenantContext("escape");
            Assert.DoesNotContain("mot de passe", (await db.SiteSettings.SingleAsync()).Description ?? string.Empty, StringComparison.Ordinal);
            Assert.Equal(0, await db.Set<OpinionAct.Media.Data.MediaLibrary.MediaItemRecord>().CountAsync());
        }
        finally
        {
            File.Delete(secret);
        }
    }

    private static string Items(int count)
    {
        var json = new StringBuilder("""{ "name": "many", "steps": [ { "name": "content", "Data": [""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? string.Empty : ",").Append("""{"ContentType":"Widget"}""");
        }

        return json.Append("] } ] }").ToString();
    }

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder, name + ".recipe.json");
        File.WriteAllText(path, json);
        return path;
    }
}
