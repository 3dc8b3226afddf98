using System.Net;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Data;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.Security;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.IntegrationTests.Agency;

/// <summary>The console runs uploaded recipes: to create a hub, or on an existing one, with the report on the page and the history from RecipeRuns.</summary>
public sealed class ConsoleRecipeTests : IAsyncLifetime
{
    private const string BadTopic = """{ "name": "bad", "steps": [ { "name": "content", "Data": [ { "ContentType": "Topic", "TitlePart": { "Title": "Sujet" }, "AutoroutePart": { "Path": "Pas Un Slug!" } } ] } ] }""";

    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("source", prefix: "source", recipe: "demo-brand");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Staff_should_create_a_hub_from_an_uploaded_export_and_find_the_run_in_its_history()
    {
        var client = await ConsoleSignIn.ClientAsync(_host);
        var export = await client.GetByteArrayAsync(new Uri("/admin/tenants/source/export", UriKind.Relative));

        var created = await PostFileAsync(client, "/admin", "/admin/tenants", export, new() { ["name"] = "uploaded", ["recipe"] = "expert-media" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("created", Uri.UnescapeDataString(created.Headers.Location!.ToString()), StringComparison.Ordinal);
        await using (var db = _host.Get<MediaDatabase>().CreateTenantContext("uploaded"))
        {
            Assert.Equal(16, await db.Articles.CountAsync());
        }

        var history = await client.GetStringAsync(new Uri("/admin/tenants/uploaded/recipes", UriKind.Relative));
        Assert.Contains("<strong>source</strong>", history, StringComparison.Ordinal);
        var run = history[history.IndexOf("<strong>source</strong>", StringComparison.Ordinal)..];
        // Every step of the export, the published Q&A (questions) and the correction notices included; no media step.
        Assert.True(run.Contains("7 applied", StringComparison.Ordinal) && run.Contains("0 error(s)", StringComparison.Ordinal), run[..Math.Min(400, run.Length)]);
    }

    [Fact]
    public async Task Refused_recipe_should_show_its_errors_change_nothing_and_stay_in_the_history()
    {
        var client = await ConsoleSignIn.ClientAsync(_host);
        var page = "/admin/tenants/source/recipes";

        var refused = await PostFileAsync(client, page, page, System.Text.Encoding.UTF8.GetBytes(BadTopic), []);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("not applied, nothing was changed", html, StringComparison.Ordinal);
        Assert.Contains("AutoroutePart.Path", html, StringComparison.Ordinal);
        await using (var db = _host.Get<MediaDatabase>().CreateTenantContext("source"))
        {
            Assert.False(await db.Topics.AnyAsync(t => t.Name == "Sujet"));
        }

        var history = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        Assert.Contains("<strong>bad</strong>", history, StringComparison.Ordinal);
        Assert.Contains("<strong>demo-brand</strong>", history, StringComparison.Ordinal);

        var creation = await PostFileAsync(client, "/admin", "/admin/tenants", System.Text.Encoding.UTF8.GetBytes(BadTopic), new() { ["name"] = "never" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, creation.StatusCode);
        Assert.Contains("The hub was not created", await creation.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await _host.Get<ITenantStore>().FindAsync("never", default));
    }

    private static async Task<HttpResponseMessage> PostFileAsync(HttpClient client, string formPage, string action, byte[] recipe, Dictionary<string, string> fields)
    {
        var token = await BrowserForm.TokenAsync(client, formPage);
        using var form = new MultipartFormDataContent { { new StringContent(token.Value), token.Key } };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(recipe), "recipeFile", "hub.recipe.json");
        return await client.PostAsync(new Uri(action, UriKind.Relative), form);
    }
}
