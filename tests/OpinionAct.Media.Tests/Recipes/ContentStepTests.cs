using OpinionAct.Media.Content;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Tests.Recipes;

public sealed class ContentStepTests
{
    private static async Task<RecipeReport> RunAsync(string stepJson, params IContentItemImporter[] importers)
    {
        var recipe = RecipeParser.Parse($$"""{ "name": "r", "steps": [ {{stepJson}} ] }""");
        var report = new RecipeReport { Recipe = "r", Tenant = "t" };
        var context = new RecipeStepContext(recipe.Steps[0], report, new RecipeExecutionOptions { TenantName = "t" });
        await new ContentStep(importers).ApplyAsync(context, default);
        return report;
    }

    [Fact]
    public async Task Content_step_should_route_items_to_the_importer_of_their_type_whatever_the_case()
    {
        var importer = new RecordingImporter("BlogPost");

        var report = await RunAsync("""{ "name": "content", "Data": [ { "ContentType": "blogpost", "DisplayText": "A" }, { "ContentType": "BlogPost" } ] }""", importer);

        Assert.Equal(["$.steps[0].Data[0]", "$.steps[0].Data[1]"], importer.Paths);
        Assert.Empty(report.Warnings);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public async Task Content_step_should_read_items_when_orchard_spells_the_properties_in_lower_case()
    {
        var importer = new RecordingImporter("BlogPost");

        var report = await RunAsync("""{ "name": "content", "data": [ { "contenttype": "BlogPost", "displaytext": "A" } ] }""", importer);

        Assert.Equal(["$.steps[0].Data[0]"], importer.Paths);
        Assert.True(report.Succeeded);
    }

    [Fact]
    public async Task Content_step_should_report_each_unsupported_type_once_with_its_count()
    {
        var report = await RunAsync("""{ "name": "content", "Data": [ { "ContentType": "Menu" }, { "ContentType": "Menu" }, { "ContentType": "Taxonomy" } ] }""");

        Assert.Equal(
            ["content type 'Menu' is not supported here; 2 item(s) skipped", "content type 'Taxonomy' is not supported here; 1 item(s) skipped"],
            report.Warnings.Select(w => w.Message));
    }

    [Theory]
    [InlineData("""{ "name": "content" }""", "$.steps[0].Data")]
    [InlineData("""{ "name": "content", "Data": {} }""", "$.steps[0].Data")]
    [InlineData("""{ "name": "content", "Data": [ 1 ] }""", "$.steps[0].Data[0]")]
    [InlineData("""{ "name": "content", "Data": [ { "DisplayText": "x" } ] }""", "$.steps[0].Data[0].ContentType")]
    public async Task Content_step_should_report_malformed_items_with_their_path(string step, string path)
    {
        var report = await RunAsync(step);

        Assert.Equal(path, Assert.Single(report.Errors).Path);
    }

    private sealed class RecordingImporter(string type) : IContentItemImporter
    {
        public List<string> Paths { get; } = [];

        public IReadOnlyCollection<string> ContentTypes => [type];

        public Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken)
        {
            Paths.Add(context.Path);
            return Task.CompletedTask;
        }
    }
}
