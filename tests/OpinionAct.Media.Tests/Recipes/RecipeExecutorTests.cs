using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Tests.Recipes;

public sealed class RecipeExecutorTests
{
    private readonly FakeUnitOfWork _unitOfWork = new();
    private readonly RecordingStep _settings = new("settings");
    private readonly RecordingStep _feature = new("feature");

    private RecipeExecutor Executor(params IRecipeStepHandler[] extra) => new([_settings, _feature, .. extra], _unitOfWork, TimeProvider.System);

    private static readonly RecipeExecutionOptions Options = new() { TenantName = "acme" };

    [Fact]
    public async Task Execute_should_apply_known_steps_case_insensitively_and_skip_unknown_ones_by_name()
    {
        var recipe = RecipeParser.Parse("""
            { "name": "r", "steps": [ { "name": "Settings" }, { "name": "media" }, { "name": "FEATURE" }, { "name": "layers" } ] }
            """);

        var report = await Executor().ExecuteAsync(recipe, Options, default);

        Assert.True(report.Succeeded);
        Assert.Equal(["Settings ($.steps[0])", "FEATURE ($.steps[2])"], report.Applied);
        Assert.Equal(["$.steps[1]", "$.steps[3]"], report.Skipped.Select(s => s.Path));
        Assert.Contains("'media'", report.Skipped[0].Message, StringComparison.Ordinal);
        Assert.True(_unitOfWork.Committed);
    }

    [Fact]
    public async Task Execute_should_roll_back_everything_when_one_step_reports_an_error()
    {
        var failing = new RecordingStep("bad", context => context.Error(context.Step.PathOf("Value"), "wrong value"));
        var recipe = RecipeParser.Parse("""{ "name": "r", "steps": [ { "name": "settings" }, { "name": "bad", "Value": 1 } ] }""");

        var report = await Executor(failing).ExecuteAsync(recipe, Options, default);

        Assert.False(report.Succeeded);
        Assert.Empty(report.Applied);
        Assert.Equal("$.steps[1].Value", Assert.Single(report.Errors).Path);
        Assert.False(_unitOfWork.Committed);
        Assert.True(_unitOfWork.Disposed);
        Assert.Contains("nothing was changed", report.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_should_turn_a_throwing_step_into_an_error_instead_of_crashing()
    {
        var throwing = new RecordingStep("boom", _ => throw new InvalidOperationException("disk on fire"));
        var recipe = RecipeParser.Parse("""{ "name": "r", "steps": [ { "name": "boom" } ] }""");

        var report = await Executor(throwing).ExecuteAsync(recipe, Options, default);

        Assert.Contains("disk on fire", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        Assert.False(_unitOfWork.Committed);
    }

    [Fact]
    public async Task Execute_should_not_open_a_transaction_when_a_script_is_wrong()
    {
        var recipe = RecipeParser.Parse("""{ "name": "r", "steps": [ { "name": "settings", "SiteName": "[js: variables('nope')]" } ] }""");

        var report = await Executor().ExecuteAsync(recipe, Options, default);

        Assert.Equal("$.steps[0].SiteName", Assert.Single(report.Errors).Path);
        Assert.False(_unitOfWork.Began);
        Assert.Empty(_settings.Seen);
    }

    [Fact]
    public async Task Execute_should_give_steps_evaluated_values_and_leave_the_recipe_untouched()
    {
        var recipe = RecipeParser.Parse("""
            { "name": "r", "variables": { "site": "Acme" }, "steps": [ { "name": "settings", "SiteName": "[js: variables('site')]" } ] }
            """);

        await Executor().ExecuteAsync(recipe, Options, default);

        Assert.Equal("Acme", (string?)Assert.Single(_settings.Seen)["SiteName"]);
        Assert.Equal("[js: variables('site')]", (string?)recipe.Steps[0].Data["SiteName"]);
    }

    [Fact]
    public async Task Execute_should_run_before_commit_inside_the_transaction()
    {
        var recipe = RecipeParser.Parse("""{ "name": "r", "steps": [ { "name": "settings" } ] }""");
        var committedWhenCalled = true;

        await Executor().ExecuteAsync(recipe, Options with { BeforeCommit = (_, _) => { committedWhenCalled = _unitOfWork.Committed; return Task.CompletedTask; } }, default);

        Assert.False(committedWhenCalled);
        Assert.True(_unitOfWork.Committed);
    }

    [Theory]
    [InlineData("blog.recipe.json", new[] { "ContentDefinition", "media", "layers", "queries", "AdminMenu", "MediaProfiles" })]
    [InlineData("headless.recipe.json", new string[0])]
    [InlineData("blog.lucene.search.recipe.json", new[] { "lucene-index", "lucene-index-rebuild" })]
    public async Task Execute_should_apply_orchard_anchor_recipes_and_list_what_it_does_not_understand(string file, string[] skipped)
    {
        var recipe = RecipeParser.Parse(TestFiles.Anchor(file), file);
        var all = new IRecipeStepHandler[] { new RecordingStep("themes"), new RecordingStep("Roles"), new RecordingStep("content") };

        var report = await Executor(all).ExecuteAsync(recipe, Options, default);

        Assert.True(report.Succeeded, report.Summary);
        Assert.Equal(skipped, report.Skipped.Select(s => s.Message.Split('\'')[1]));
        Assert.Equal(recipe.Steps.Count, report.Applied.Count + report.Skipped.Count);
        Assert.All(report.Warnings, w => Assert.StartsWith("$.steps[", w.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Execute_should_refuse_a_recipe_with_more_items_than_the_limit_before_beginning()
    {
        var items = string.Join(",", Enumerable.Range(0, 11).Select(i => $"{{ \"n\": {i} }}"));
        var recipe = RecipeParser.Parse($$"""{ "name": "big", "steps": [ { "name": "settings", "Data": [{{items}}] } ] }""");

        var report = await Executor().ExecuteAsync(recipe, Options with { Limits = new RecipeLimits { MaxItems = 10 } }, default);

        Assert.False(report.Succeeded);
        Assert.Contains("11 items", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        Assert.False(_unitOfWork.Began);
        Assert.Empty(_settings.Seen);
    }

    [Fact]
    public async Task Execute_should_roll_back_with_an_error_when_the_recipe_outlives_its_time_budget()
    {
        var recipe = RecipeParser.Parse("""{ "name": "slow", "steps": [ { "name": "settings" }, { "name": "wait" } ] }""");

        var report = await Executor(new WaitingStep()).ExecuteAsync(recipe, Options with { Limits = new RecipeLimits { TimeBudget = TimeSpan.FromMilliseconds(200) } }, default);

        Assert.False(report.Succeeded);
        Assert.Contains("time budget", Assert.Single(report.Errors).Message, StringComparison.Ordinal);
        Assert.False(_unitOfWork.Committed);
        Assert.True(_unitOfWork.Disposed);
    }

    /// <summary>A step that never finishes by itself: it waits until the run is cancelled.</summary>
    private sealed class WaitingStep : IRecipeStepHandler
    {
        public string StepName => "wait";

        public Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);
    }

    private sealed class RecordingStep(string name, Action<RecipeStepContext>? act = null) : IRecipeStepHandler
    {
        public List<System.Text.Json.Nodes.JsonObject> Seen { get; } = [];

        public string StepName => name;

        public Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
        {
            Seen.Add(context.Step.Data);
            act?.Invoke(context);
            return Task.CompletedTask;
        }
    }

    private sealed class FakeUnitOfWork : IRecipeUnitOfWork, IRecipeTransaction
    {
        public bool Began { get; private set; }

        public bool Committed { get; private set; }

        public bool Disposed { get; private set; }

        public Task<IRecipeTransaction> BeginAsync(CancellationToken cancellationToken)
        {
            Began = true;
            return Task.FromResult<IRecipeTransaction>(this);
        }

        public Task CommitAsync(CancellationToken cancellationToken)
        {
            Committed = true;
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }
    }
}
