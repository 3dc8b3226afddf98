using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Recipes;

/// <summary>Real Orchard Core recipes (../shared/anchors) set up tenants; what we do not understand is listed.</summary>
public sealed class OrchardRecipeImportTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private static string Anchor(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "anchors", file);
        return File.Exists(path) ? path : throw new FileNotFoundException("Anchor recipes come from ../shared/anchors/orchard-recipes beside the repository.", path);
    }

    [Theory]
    [InlineData("blog.recipe.json", new[] { "layers", "queries", "AdminMenu", "MediaProfiles" })]
    [InlineData("headless.recipe.json", new string[0])]
    public async Task Orchard_setup_recipe_should_create_a_running_tenant_and_report_what_was_skipped(string file, string[] skipped)
    {
        var result = await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "orchard", "--recipe-file", Anchor(file), "--json");

        Assert.Equal(0, result.ExitCode);
        var output = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("Running", output.GetProperty("tenant").GetProperty("state").GetString());
        var report = output.GetProperty("report");
        Assert.Equal(skipped, report.GetProperty("skipped").EnumerateArray().Select(s => s.GetProperty("message").GetString()!.Split('\'')[1]));
        Assert.Empty(report.GetProperty("errors").EnumerateArray());
        var warnings = report.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()).ToList();
        Assert.Contains(warnings, w => w!.Contains("theme '", StringComparison.Ordinal) || w.Contains("admin theme", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blog_recipe_should_import_the_blog_post_with_its_terms_and_report_what_it_cannot_import()
    {
        var result = await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "blog", "--recipe-file", Anchor("blog.recipe.json"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("'Menu' is not supported", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"recorded \d+ content type\(s\) and \d+ part\(s\) as written; content types here are fixed, and items of [^\n]*RawHtml", result.Out);
        Assert.Contains("content type 'RawHtml' is not supported here; 1 item(s) skipped", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("'BlogPost' is not supported", result.Out, StringComparison.Ordinal);
        Assert.Contains("recorded but not provided by this platform", result.Out, StringComparison.Ordinal);
        Assert.Contains("settings kept but not used by any feature yet: HomeRoute, LayerSettings", result.Out, StringComparison.Ordinal);
        await using var host = new MediaHost(_storage);
        var post = await host.Client().GetAsync(new Uri("/blog/blog/post-1", UriKind.Relative));
        var html = await post.Content.ReadAsStringAsync();
        Assert.Equal(System.Net.HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Man must explore, and this is exploration at its greatest", html, StringComparison.Ordinal);
        Assert.Contains("Problems look mighty small from 150 miles up", html, StringComparison.Ordinal);
        Assert.Contains("/topics/exploration", html, StringComparison.Ordinal);
        var about = await host.Client().GetStringAsync(new Uri("/blog/about", UriKind.Relative));
        Assert.Contains("Lorem ipsum dolor sit amet", about, StringComparison.Ordinal);

        // Orchard's Main Menu (Home ~/, About ~/about) is the hub's menu, in place of the topics.
        var nav = about[about.IndexOf("<nav", StringComparison.Ordinal)..about.IndexOf("</nav>", StringComparison.Ordinal)];
        Assert.Contains("href=\"/blog/about\"", nav, StringComparison.Ordinal);
        Assert.Contains(">About</a>", nav, StringComparison.Ordinal);
        Assert.DoesNotContain("/topics/", nav, StringComparison.Ordinal);
        await using var db = host.Get<OpinionAct.Media.Data.MediaDatabase>().CreateTenantContext("blog");
        Assert.Contains(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.ContentDefinitions.Select(d => d.Name)), name => name == "BlogPost");

        // The export gives both back in Orchard's shape.
        var export = await CliRunner.RunAsync(_storage, "tenants", "export", "--name", "blog");
        var steps = System.Text.Json.JsonDocument.Parse(export.Out).RootElement.GetProperty("steps").EnumerateArray().ToList();
        var definitions = steps.Single(s => s.GetProperty("name").GetString() == "ContentDefinition");
        Assert.Contains(definitions.GetProperty("ContentTypes").EnumerateArray(), t => t.GetProperty("Name").GetString() == "BlogPost");
        var menu = steps.Single(s => s.GetProperty("name").GetString() == "content").GetProperty("Data").EnumerateArray().Single(i => i.GetProperty("ContentType").GetString() == "Menu");
        Assert.Contains("\"~/about\"", menu.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipe_run_should_apply_nothing_when_a_later_step_fails()
    {
        await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "steady");
        var file = Path.Combine(_storage.DataPath, "half.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "half", "steps": [
              { "name": "settings", "SiteName": "Changed name" },
              { "name": "Roles", "Roles": [ { "Name": "Reviewer" } ] },
              { "name": "settings", "Language": "de" } ] }
            """);

        var result = await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "steady", "--recipe-file", file);
        await using var host = new MediaHost(_storage);
        var home = await host.Client().GetStringAsync(new Uri("/steady/", UriKind.Relative));
        var roles = await CliRunner.RunWithInputAsync(_storage, "a long enough passphrase", "users", "add", "--tenant", "steady", "--email", "r@steady.test", "--role", "Reviewer");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("$.steps[2].Language", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed name", home, StringComparison.Ordinal);
        Assert.Contains("Unknown role 'Reviewer'", roles.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipe_run_should_apply_settings_and_be_recorded()
    {
        await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "renamed");
        var file = Path.Combine(_storage.DataPath, "rename.recipe.json");
        await File.WriteAllTextAsync(file, """{ "name": "rename", "steps": [ { "name": "SETTINGS", "SiteName": "<script>alert(1)</script>Nouveau nom", "Language": "en" } ] }""");

        var result = await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", "renamed", "--recipe-file", file, "--json");
        await using var host = new MediaHost(_storage);
        var home = await host.Client().GetStringAsync(new Uri("/renamed/", UriKind.Relative));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;Nouveau nom", home, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", home, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recipe_should_apply_every_step_touching_the_settings_when_they_come_in_any_order()
    {
        // Orchard Core's theme recipes pick the theme before the settings step, and some touch the settings again later;
        // all of it runs before anything is saved, on a tenant that has no settings row yet.
        var file = Path.Combine(_storage.DataPath, "settings-twice.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "twice", "steps": [
              { "name": "themes", "admin": "TheAdmin", "site": "TheTheme" },
              { "name": "settings", "sitename": "First name", "timezoneid": "Europe/Paris" },
              { "name": "Themes", "site": "TheBlogTheme" },
              { "name": "Settings", "SiteName": "Second name" } ] }
            """);

        var result = await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "twice", "--recipe-file", file, "--json");
        await using var host = new MediaHost(_storage);
        var home = await host.Client().GetStringAsync(new Uri("/twice/", UriKind.Relative));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Empty(JsonDocument.Parse(result.Out).RootElement.GetProperty("report").GetProperty("errors").EnumerateArray());
        Assert.Contains("Second name", home, StringComparison.Ordinal);
        Assert.DoesNotContain("First name", home, StringComparison.Ordinal);
    }
}
