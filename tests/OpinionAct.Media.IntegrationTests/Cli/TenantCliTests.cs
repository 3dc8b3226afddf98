using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Cli;

public sealed class TenantCliTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    private Task<CliResult> Run(params string[] args) => CliRunner.RunAsync(_storage, args);

    private string TenantFolder(string name) => Path.Combine(_storage.DataPath, "tenants", name);

    [Fact]
    public async Task Create_should_set_up_the_tenant_from_the_default_recipe_and_list_it()
    {
        var created = await Run("tenants", "create", "--name", "acme", "--display-name", "Acme Énergie", "--host", "acme.test", "--host", "*.acme.test", "--theme", "Magazine");
        var listed = await Run("tenants", "list", "--json");

        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Created tenant 'acme' at *.acme.test,acme.test.", created.Out, StringComparison.Ordinal);
        Assert.Contains("applied  settings", created.Out, StringComparison.Ordinal);
        var tenant = Assert.Single(JsonDocument.Parse(listed.Out).RootElement.EnumerateArray());
        Assert.Equal("Running", tenant.GetProperty("state").GetString());
        Assert.Equal("Acme Énergie", tenant.GetProperty("displayName").GetString());
        Assert.Equal(["*.acme.test", "acme.test"], tenant.GetProperty("hosts").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal("Magazine", tenant.GetProperty("theme").GetString());
        Assert.Equal("expert-media", tenant.GetProperty("recipe").GetString());
        Assert.True(File.Exists(Path.Combine(TenantFolder("acme"), "tenant.db")));
        Assert.True(Directory.Exists(Path.Combine(TenantFolder("acme"), "index")));
        Assert.True(Directory.Exists(Path.Combine(TenantFolder("acme"), "media")));
    }

    [Theory]
    [InlineData("Acme", "invalid")]
    [InlineData("my brand", "invalid")]
    [InlineData("..", "invalid")]
    [InlineData("admin", "reserved")]
    [InlineData("api", "reserved")]
    [InlineData("health", "reserved")]
    public async Task Create_should_refuse_invalid_names_and_create_nothing(string name, string reason)
    {
        var result = await Run("tenants", "create", "--name", name);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(_storage.DataPath, "tenants")) && Directory.EnumerateFileSystemEntries(Path.Combine(_storage.DataPath, "tenants")).Any());
    }

    [Theory]
    [InlineData(new[] { "--name", "first" }, "already exists")]
    [InlineData(new[] { "--name", "second", "--host", "FIRST.test" }, "host 'first.test' is already used by tenant 'first'")]
    [InlineData(new[] { "--name", "third", "--prefix", "/first-prefix/" }, "prefix '/first-prefix' is already used by tenant 'first'")]
    public async Task Create_should_refuse_duplicates_and_leave_the_existing_tenant_alone(string[] args, string message)
    {
        Assert.Equal(0, (await Run("tenants", "create", "--name", "first", "--host", "first.test", "--prefix", "first-prefix")).ExitCode);

        var result = await Run(["tenants", "create", .. args]);
        var list = await Run("tenants", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(2, list.Out.Trim().Split('\n').Length);
        Assert.Equal(["first"], Directory.EnumerateDirectories(Path.Combine(_storage.DataPath, "tenants")).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData(new[] { "--recipe", "no-such-recipe" }, "Unknown recipe 'no-such-recipe'")]
    [InlineData(new[] { "--recipe-file", "/nonexistent/x.recipe.json" }, "does not exist")]
    [InlineData(new[] { "--theme", "Nope" }, "Unknown theme 'Nope'")]
    [InlineData(new[] { "--theme", "Base" }, "'Base' is a base theme: other themes build on it, but a hub cannot use it. Choose one of: Expert, Magazine.")]
    [InlineData(new[] { "--host", "not a host" }, "not a valid host")]
    [InlineData(new[] { "--prefix", "Bad Prefix" }, "URL prefix")]
    [InlineData(new[] { "--recipe", "expert-media", "--recipe-file", "x" }, "not both")]
    public async Task Create_should_refuse_bad_options_before_writing_anything(string[] args, string message)
    {
        var result = await Run(["tenants", "create", "--name", "acme", .. args]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Contains("NAME", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
        Assert.DoesNotContain("acme", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"name\": \"bad\", \"steps\": [ ", "malformed JSON")]
    [InlineData("{ \"name\": \"bad\", \"steps\": [ { \"name\": \"settings\", \"SiteName\": 42 } ] }", "$.steps[0].SiteName: expected a string, found a number")]
    [InlineData("{ \"name\": \"bad\", \"steps\": [ { \"name\": \"settings\", \"TimeZoneId\": \"Mars/Olympus\" } ] }", "$.steps[0].TimeZoneId")]
    [InlineData("{ \"name\": \"bad\", \"steps\": [ { \"name\": \"Roles\", \"Roles\": [ { \"Description\": \"no name\" } ] } ] }", "$.steps[0].Roles[0].Name")]
    [InlineData("{ \"name\": \"bad\", \"steps\": [ { \"name\": \"feature\", \"enable\": \"OrchardCore.Title\" } ] }", "$.steps[0].enable")]
    [InlineData("{ \"name\": \"bad\", \"steps\": [ { \"name\": \"settings\", \"SiteName\": \"[js: variables('x')]\" } ] }", "not declared")]
    public async Task Create_should_leave_no_half_created_tenant_when_the_recipe_is_bad(string recipe, string message)
    {
        var file = Path.Combine(_storage.DataPath, "bad.recipe.json");
        await File.WriteAllTextAsync(file, recipe);

        var result = await Run("tenants", "create", "--name", "halfway", "--recipe-file", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.DoesNotContain("halfway", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
        Assert.False(Directory.Exists(TenantFolder("halfway")));
    }

    [Fact]
    public async Task Disable_enable_and_remove_should_change_state_and_delete_storage()
    {
        await Run("tenants", "create", "--name", "gone");

        var disabled = await Run("tenants", "disable", "gone");
        var enabled = await Run("tenants", "enable", "gone");
        var refused = await Run("tenants", "remove", "gone");
        var removed = await Run("tenants", "remove", "gone", "--yes");

        Assert.Contains("is now Disabled", disabled.Out, StringComparison.Ordinal);
        Assert.Contains("is now Running", enabled.Out, StringComparison.Ordinal);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--yes", refused.Error, StringComparison.Ordinal);
        Assert.Equal(0, removed.ExitCode);
        Assert.False(Directory.Exists(TenantFolder("gone")));
        Assert.DoesNotContain("gone", (await Run("tenants", "list")).Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "tenants", "disable", "ghost" }, 1, "Unknown tenant 'ghost'")]
    [InlineData(new[] { "tenants", "remove", "ghost", "--yes" }, 1, "Unknown tenant 'ghost'")]
    [InlineData(new[] { "tenants", "create" }, 2, "--name is required")]
    [InlineData(new[] { "tenants", "create", "--name" }, 2, "--name needs a value")]
    [InlineData(new[] { "tenants", "list", "--colour", "red" }, 2, "Unknown option(s) for this command: --colour")]
    [InlineData(new[] { "recipes", "run", "--tenant", "ghost", "--recipe", "expert-media" }, 1, "Unknown tenant 'ghost'")]
    [InlineData(new[] { "recipes", "run", "--tenant", "ghost" }, 2, "exactly one of --recipe or --recipe-file")]
    public async Task Commands_should_fail_with_one_clear_line(string[] args, int exitCode, string message)
    {
        var result = await Run(args);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Recipes_list_should_show_the_shipped_recipes()
    {
        var result = await Run("recipes", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("expert-media", result.Out, StringComparison.Ordinal);
        Assert.Contains("demo-brand", result.Out, StringComparison.Ordinal);
    }
}
