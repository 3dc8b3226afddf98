using System.Net;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Admin;

public sealed class AdminRevisionsTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("revs", prefix: "revs");
        await AdminClient.AddUserAsync(_storage, "revs", "editor@revs.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Revisions_should_list_compare_and_restore_when_an_article_is_saved_twice()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "revs", "editor@revs.test");
        var id = await editor.CreateArticleAsync("Premier titre", "ligne un\nligne deux\nligne trois");
        await editor.PostFormAsync($"/articles/{id}", $"/articles/{id}", [new("Title", "Second titre"), new("Path", "premier-titre"), new("Body", "ligne un\nligne 2\nligne trois"), new("Language", "fr"), new("action", "save")]);

        var list = await editor.PageAsync($"/articles/{id}/revisions");
        var compare = await editor.PageAsync($"/articles/{id}/revisions/compare?from=1&to=2");
        var restored = await editor.PostFormAsync($"/articles/{id}/revisions", $"/articles/{id}/revisions/1/restore", []);
        var form = await editor.PageAsync($"/articles/{id}");
        var afterRestore = await editor.PageAsync($"/articles/{id}/revisions");

        Assert.Contains("création", list, StringComparison.Ordinal);
        Assert.Contains("enregistrement", list, StringComparison.Ordinal);
        Assert.Contains("editor@revs.test", list, StringComparison.Ordinal);
        Assert.Contains("Restaurer la version 1", list, StringComparison.Ordinal);
        Assert.Contains("<del><span class=\"visually-hidden\">retiré : </span>Premier titre</del>", compare, StringComparison.Ordinal);
        Assert.Contains("<ins><span class=\"visually-hidden\">ajouté : </span>Second titre</ins>", compare, StringComparison.Ordinal);
        Assert.Contains("ligne deux</del>", compare, StringComparison.Ordinal);
        Assert.Contains("ligne 2</ins>", compare, StringComparison.Ordinal);
        Assert.DoesNotContain("<h2>Experts", compare, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("value=\"Premier titre\"", form, StringComparison.Ordinal);
        Assert.Contains("version 1 restaurée", afterRestore, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_should_say_so_when_two_revisions_have_the_same_content()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "revs", "editor@revs.test");
        var id = await editor.CreateArticleAsync("Titre stable", action: "publish");

        var compare = await editor.PageAsync($"/articles/{id}/revisions/compare?from=1&to=2");
        var missing = await editor.GetAsync($"/articles/{id}/revisions/compare?from=1&to=99");

        Assert.Contains("Aucune différence", compare, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
