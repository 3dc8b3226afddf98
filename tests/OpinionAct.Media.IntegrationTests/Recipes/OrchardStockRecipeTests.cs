using System.Text.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.IntegrationTests.Recipes;

/// <summary>
/// Every recipe of Orchard Core's stock themes (copies in OrchardRecipes/, with their licence and source) runs to a
/// report without error: a setup recipe creates a tenant, any other runs on an existing one. What is not understood
/// is reported as skipped or as a warning, never as a failure.
/// </summary>
public sealed class OrchardStockRecipeTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public static TheoryData<string> Recipes()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.recipe.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "OrchardRecipes");

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Theory]
    [MemberData(nameof(Recipes))]
    public async Task Stock_recipe_should_run_to_a_report_without_errors(string file)
    {
        var path = Path.Combine(Folder, file);
        var recipe = RecipeParser.Parse(await File.ReadAllTextAsync(path), file);
        var name = "oc" + Guid.NewGuid().ToString("n")[..8];

        CliResult result;
        if (recipe.IsSetupRecipe)
        {
            result = await CliRunner.RunAsync(_storage, "tenants", "create", "--name", name, "--recipe-file", path, "--json");
        }
        else
        {
            Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", name)).ExitCode);
            result = await CliRunner.RunAsync(_storage, "recipes", "run", "--tenant", name, "--recipe-file", path, "--json");
        }

        Assert.True(result.ExitCode == 0, result.ToString());
        var output = JsonDocument.Parse(result.Out).RootElement;
        var report = output.TryGetProperty("report", out var nested) ? nested : output;
        Assert.Empty(report.GetProperty("errors").EnumerateArray().Select(e => e.ToString()));
    }
}
