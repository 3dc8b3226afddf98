using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.IntegrationTests.MediaLibrary;

namespace OpinionAct.Media.IntegrationTests.Cli;

/// <summary><c>media import | list | regenerate | usage | keys rotate</c>, and the media column of <c>tenants list</c>.</summary>
public sealed class MediaCliTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private string _folder = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _folder = Path.Combine(_storage.DataPath, "photos");
        Directory.CreateDirectory(Path.Combine(_folder, "team"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "cover.jpg"), TestImages.Jpeg(1000, 500));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "team", "claire.png"), TestImages.Png(300, 300));
        Assert.Equal(0, (await Run("tenants", "create", "--name", "brand", "--host", "brand.example")).ExitCode);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_storage, args);

    [Fact]
    public async Task Media_import_should_report_each_file_and_fail_when_one_is_bad_or_missing()
    {
        var bad = Path.Combine(_storage.DataPath, "notes.jpg");
        await File.WriteAllTextAsync(bad, "<html>not an image</html>");

        var result = await Run("media", "import", "--tenant", "brand", _folder, bad, Path.Combine(_storage.DataPath, "nowhere.jpg"));
        var again = await Run("media", "import", "--tenant", "brand", _folder);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("added", result.Out, StringComparison.Ordinal);
        Assert.Contains("cover.jpg -> media:", result.Out, StringComparison.Ordinal);
        Assert.Contains("claire.png -> media:", result.Out, StringComparison.Ordinal);
        Assert.Contains("2 file(s) imported into 'brand', 2 failed.", result.Out, StringComparison.Ordinal);
        Assert.Contains($"error: {bad}: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("nowhere.jpg: no such file or folder.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(2, again.Out.Split('\n').Count(l => l.StartsWith("unchanged", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Media_list_json_should_give_absolute_master_and_signed_variant_urls()
    {
        await Run("media", "import", "--tenant", "brand", _folder);

        var result = await Run("media", "list", "--tenant", "brand", "--json");
        var text = await Run("media", "list", "--tenant", "brand");

        Assert.Equal(0, result.ExitCode);
        var items = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var cover = items.Single(i => i.GetProperty("libraryPath").GetString() == "cover.jpg");
        Assert.Equal((1000, 500), (cover.GetProperty("width").GetInt32(), cover.GetProperty("height").GetInt32()));
        Assert.True(cover.GetProperty("bytes").GetInt64() > 0);
        Assert.Matches($"^http://brand.example/media/{cover.GetProperty("id").GetInt32()}/[0-9a-f]{{16}}\\.jpg$", cover.GetProperty("masterUrl").GetString());
        var variants = cover.GetProperty("variants").EnumerateArray().ToDictionary(v => v.GetProperty("spec").GetString()!, v => v.GetProperty("url").GetString()!);
        Assert.Contains("w480.webp", variants.Keys);
        Assert.Contains("og1200.jpg", variants.Keys);
        Assert.Matches(@"^http://brand\.example/media/\d+/[0-9a-f]{16}/w480\.webp\?k=[0-9a-f]+&s=", variants["w480.webp"]);
        Assert.Equal("team/claire.png", items.Single(i => i.GetProperty("fileName").GetString() == "claire.png").GetProperty("libraryPath").GetString());
        Assert.Contains("(no alt text)", text.Out, StringComparison.Ordinal);
        Assert.Contains("2 item(s)", text.Out, StringComparison.Ordinal);

        await using var host = new MediaHost(_storage);
        var response = await host.Client("brand.example").GetAsync(new Uri(variants["w480.webp"]).PathAndQuery);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Media_regenerate_should_rebuild_the_dropped_cache()
    {
        await Run("media", "import", "--tenant", "brand", _folder);
        var cache = Path.Combine(_storage.DataPath, "tenants", "brand", "media-cache");
        var before = Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Count();
        Directory.Delete(cache, recursive: true);

        var result = await Run("media", "regenerate", "--tenant", "brand");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("rendered again", result.Out, StringComparison.Ordinal);
        Assert.Equal(before, Directory.EnumerateFiles(cache, "*", SearchOption.AllDirectories).Count());
    }

    [Fact]
    public async Task Media_usage_should_answer_for_an_item_and_refuse_an_unknown_id_or_tenant()
    {
        await Run("media", "import", "--tenant", "brand", _folder);
        var id = JsonDocument.Parse((await Run("media", "list", "--tenant", "brand", "--json")).Out).RootElement[0].GetProperty("id").GetInt32();

        var used = await Run("media", "usage", "--tenant", "brand", "--id", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var unknown = await Run("media", "usage", "--tenant", "brand", "--id", "999");
        var notNumber = await Run("media", "usage", "--tenant", "brand", "--id", "abc");
        var noTenant = await Run("media", "list", "--tenant", "nobody");

        Assert.Equal(0, used.ExitCode);
        Assert.Contains($"Media item {id} (", used.Out, StringComparison.Ordinal);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("Tenant 'brand' has no media item 999.", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, notNumber.ExitCode);
        Assert.Contains("--id must be a media item id", notNumber.Error, StringComparison.Ordinal);
        Assert.Equal(1, noTenant.ExitCode);
        Assert.Contains("nobody", noTenant.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Media_keys_rotate_should_sign_new_urls_with_a_new_key_and_keep_old_ones_valid()
    {
        await Run("media", "import", "--tenant", "brand", _folder);
        static string Variant(CliResult list) => JsonDocument.Parse(list.Out).RootElement[0].GetProperty("variants")[0].GetProperty("url").GetString()!;
        var before = Variant(await Run("media", "list", "--tenant", "brand", "--json"));

        var rotated = await Run("media", "keys", "rotate", "--tenant", "brand");
        var after = Variant(await Run("media", "list", "--tenant", "brand", "--json"));

        Assert.Equal(0, rotated.ExitCode);
        Assert.Contains("New URL signing key", rotated.Out, StringComparison.Ordinal);
        Assert.NotEqual(before, after);
        await using var host = new MediaHost(_storage);
        var client = host.Client("brand.example");
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri(before).PathAndQuery)).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri(after).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task Tenants_list_should_show_media_usage_against_the_quota()
    {
        await Run("media", "import", "--tenant", "brand", _folder);

        var text = await Run("tenants", "list");
        var json = await Run("tenants", "list", "--json");

        Assert.Contains("MEDIA (USED / QUOTA)", text.Out, StringComparison.Ordinal);
        Assert.Matches(@"brand .* \d+ KB / 2 GB \(0%\)", text.Out);
        var media = JsonDocument.Parse(json.Out).RootElement[0].GetProperty("media");
        Assert.True(media.GetProperty("usedBytes").GetInt64() > 0);
        Assert.Equal(2L * 1024 * 1024 * 1024, media.GetProperty("quotaBytes").GetInt64());
    }

    [Fact]
    public async Task Tenants_remove_should_take_the_media_and_its_cache_with_it()
    {
        await Run("media", "import", "--tenant", "brand", _folder);
        var tenantFolder = Path.Combine(_storage.DataPath, "tenants", "brand");
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(tenantFolder, "media"), "*", SearchOption.AllDirectories));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(tenantFolder, "media-cache"), "*", SearchOption.AllDirectories));

        var removed = await Run("tenants", "remove", "brand", "--yes");

        Assert.True(removed.ExitCode == 0, removed.ToString());
        Assert.False(Directory.Exists(tenantFolder));
    }

    [Fact]
    public async Task Media_import_should_need_a_path()
    {
        var result = await Run("media", "import", "--tenant", "brand");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'media import' takes at least one argument.", result.Error, StringComparison.Ordinal);
    }
}
