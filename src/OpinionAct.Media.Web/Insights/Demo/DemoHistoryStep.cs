using System.Text.Json.Nodes;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Insights.Demo;

/// <summary>
/// The <c>demoHistory</c> step: <c>{ "name": "demoHistory", "Days": 90, "Seed": 2026 }</c> gives a new hub a generated
/// audience history of that many days before today (the same seed and day give the same figures), marked as demo data on
/// the insights page, where an Admin can remove it. Run after the content steps: readers go to published articles.
/// </summary>
internal sealed class DemoHistoryStep(DemoHistoryService demo) : IRecipeStepHandler
{
    public string StepName => "demoHistory";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var days = Number(context, "Days", 90);
        var seed = Number(context, "Seed", 2026);
        if (days is null || seed is null)
        {
            return;
        }

        try
        {
            await demo.CreateAsync(days.Value, seed.Value, cancellationToken);
        }
        catch (MediaValidationException ex)
        {
            context.Error(context.Step.PathOf("Days"), ex.Message);
        }
    }

    private static int? Number(RecipeStepContext context, string property, int fallback)
    {
        if (context.Step.Data[property] is not { } node)
        {
            return fallback;
        }

        if (node is JsonValue value && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        context.Error(context.Step.PathOf(property), $"{property} must be a whole number.");
        return null;
    }
}
