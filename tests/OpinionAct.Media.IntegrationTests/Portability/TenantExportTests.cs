using System.Net;
using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Portability;

/// <summary><c>tenants export</c> and the console's Export link: what they refuse, what they leave alone, what they never carry.</summary>
public sealed class TenantExportTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("hub", prefix: "hub", recipe: "demo-brand");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_storage, args);

    [Fact]
    public async Task Export_should_carry_a_disabled_tenant_whose_data_is_there_to_move()
    {
        Assert.Equal(0, (await Run("tenants", "disable", "hub")).ExitCode);

        var exported = await Run("tenants", "export", "--name", "hub");

        Assert.True(exported.ExitCode == 0, exported.ToString());
        var recipe = JsonDocument.Parse(exported.Out).RootElement;
        var content = recipe.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "content");
        Assert.Equal(16, content.GetProperty("Data").EnumerateArray().Count(i => i.GetProperty("ContentType").GetString() == "Article"));
        Assert.DoesNotContain(recipe.GetProperty("steps").EnumerateArray(), s => s.GetProperty("name").GetString() == "media");
    }

    [Fact]
    public async Task Export_should_hold_no_account_and_no_subscriber()
    {
        var csv = Path.Combine(_storage.DataPath, "subscribers.csv");
        await File.WriteAllTextAsync(csv, "email,newsletters,consent_text,consented_at\nlecteur.prive@reader.example,hebdo,J'accepte,2026-03-01T09:30:00Z\n");
        Assert.Equal(0, (await Run("subscribers", "import", "--tenant", "hub", "--file", csv)).ExitCode);
        Assert.Equal(0, (await CliRunner.RunWithInputAsync(_storage, "a long enough passphrase\n", "users", "add", "--tenant", "hub", "--email", "redactrice.privee@brand.example", "--role", "Editor")).ExitCode);

        var exported = await Run("tenants", "export", "--name", "hub", "--include-media");

        Assert.True(exported.ExitCode == 0, exported.ToString());
        Assert.DoesNotContain("lecteur.prive", exported.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("redactrice.privee", exported.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Users\"", exported.Out, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Export_should_refuse_an_unknown_tenant_or_folder_and_keep_an_earlier_file_when_it_fails_midway()
    {
        var unknown = await Run("tenants", "export", "--name", "nobody");
        var noFolder = await Run("tenants", "export", "--name", "hub", "--out", Path.Combine(_storage.DataPath, "missing", "x.json"));
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("nobody", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(1, noFolder.ExitCode);
        Assert.Contains("does not exist", noFolder.Error, StringComparison.Ordinal);

        // A master gone from storage stops a media export midway; the file exported before stays whole.
        var file = Path.Combine(_storage.DataPath, "hub.recipe.json");
        Assert.Equal(0, (await Run("tenants", "export", "--name", "hub", "--out", file)).ExitCode);
        var before = await File.ReadAllBytesAsync(file);
        var master = Directory.EnumerateFiles(Path.Combine(_storage.DataPath, "tenants", "hub", "media"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last();
        File.Delete(master);

        var failed = await Run("tenants", "export", "--name", "hub", "--out", file, "--include-media");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("has no file in storage", failed.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(file));
        Assert.Equal([file], Directory.GetFiles(_storage.DataPath, "*.json*"));
    }

    [Fact]
    public async Task Console_export_should_download_the_recipe_for_staff_only()
    {
        var anonymous = await _host.Client().GetAsync(new Uri("/admin/tenants/hub/export", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/admin/login", anonymous.Headers.Location!.ToString(), StringComparison.Ordinal);

        var client = await ConsoleSignIn.ClientAsync(_host);
        Assert.Contains("/admin/tenants/hub/export?media=true", await client.GetStringAsync(new Uri("/admin", UriKind.Relative)), StringComparison.Ordinal);
        var response = await client.GetAsync(new Uri("/admin/tenants/hub/export?media=true", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.StartsWith("hub-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var recipe = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var media = recipe.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "media");
        Assert.Equal(23, media.GetProperty("Files").GetArrayLength());
        Assert.Equal("Énergies Claires", recipe.GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Console_export_should_fail_the_download_rather_than_serve_a_truncated_recipe()
    {
        var client = await ConsoleSignIn.ClientAsync(_host);
        File.Delete(Directory.EnumerateFiles(Path.Combine(_storage.DataPath, "tenants", "hub", "media"), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Last());

        var download = async () =>
        {
            using var response = await client.GetAsync(new Uri("/admin/tenants/hub/export?media=true", UriKind.Relative));
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        };

        // The headers are sent when the export fails midway: the server cuts the connection, so the browser reports a
        // failed download instead of saving a truncated recipe as a complete response.
        var failure = await Assert.ThrowsAnyAsync<Exception>(download);
        Assert.False(failure is JsonException, failure.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/admin/tenants/hub/export", UriKind.Relative))).StatusCode);
    }
}
