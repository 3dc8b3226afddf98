namespace OpinionAct.Media.Recipes;

/// <summary>
/// Runs a recipe against the current tenant: evaluates scripts first, then applies every step it
/// understands in one transaction. Any error rolls the whole recipe back; unknown steps are
/// reported by name and skipped. A recipe past its <see cref="RecipeLimits"/> is refused or, past its
/// time budget, rolled back.
/// </summary>
public sealed class RecipeExecutor(IEnumerable<IRecipeStepHandler> handlers, IRecipeUnitOfWork unitOfWork, TimeProvider clock)
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers =
        handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Step names this executor applies, for documentation and `recipes list`.</summary>
    public IReadOnlyCollection<string> KnownSteps => _handlers.Keys;

    public async Task<RecipeReport> ExecuteAsync(RecipeDocument recipe, RecipeExecutionOptions options, CancellationToken cancellationToken)
    {
        var report = new RecipeReport { Recipe = recipe.Name, Tenant = options.TenantName };
        var items = recipe.Steps.Sum(CountItems);
        if (items > options.Limits.MaxItems)
        {
            report.Errors.Add(new RecipeMessage("$.steps", $"the recipe holds {items:N0} items; at most {options.Limits.MaxItems:N0} are applied in one recipe (split it, or raise Media:Recipes:MaxItems)"));
            return report;
        }

        using var budget = new CancellationTokenSource(options.Limits.TimeBudget, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        try
        {
            return await ApplyAsync(recipe, options, report, linked.Token);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            // The transaction was disposed uncommitted on the way out: nothing of the recipe remains.
            report.Errors.Add(new RecipeMessage("$", $"the recipe ran longer than its time budget of {options.Limits.TimeBudget} and was rolled back (Media:Recipes:TimeBudget)"));
            return report;
        }
    }

    private async Task<RecipeReport> ApplyAsync(RecipeDocument recipe, RecipeExecutionOptions options, RecipeReport report, CancellationToken cancellationToken)
    {
        // Work on a copy: evaluating scripts rewrites values in place, and a recipe may be reused.
        var steps = recipe.Steps.Select(s => s with { Data = (System.Text.Json.Nodes.JsonObject)s.Data.DeepClone() }).ToList();
        var evaluator = new RecipeScriptEvaluator(recipe.Variables, options.Parameters, options.Configuration, clock.GetUtcNow, options.AllowedConfiguration, options.Limits);
        foreach (var step in steps.Where(s => _handlers.ContainsKey(s.Name)))
        {
            evaluator.EvaluateTree(step.Data, step.Path, report.Errors, report.Warnings);
        }

        if (!report.Succeeded)
        {
            return report;
        }

        var applied = new List<string>();
        await using (var transaction = await unitOfWork.BeginAsync(cancellationToken))
        {
            foreach (var step in steps)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!_handlers.TryGetValue(step.Name, out var handler))
                {
                    report.Skipped.Add(new RecipeMessage(step.Path, $"unknown step '{step.Name}' was skipped"));
                    continue;
                }

                var errorsBefore = report.Errors.Count;
                try
                {
                    await handler.ApplyAsync(new RecipeStepContext(step, report, options) { RecipeFolder = recipe.Folder }, cancellationToken);
                }
                catch (MediaValidationException ex)
                {
                    report.Errors.Add(new RecipeMessage(step.Path, ex.Message));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    report.Errors.Add(new RecipeMessage(step.Path, $"step '{step.Name}' failed: {ex.Message}"));
                }

                if (report.Errors.Count == errorsBefore)
                {
                    applied.Add($"{step.Name} ({step.Path})");
                }
            }

            if (!report.Succeeded)
            {
                return report;
            }

            report.Applied.AddRange(applied);
            if (options.BeforeCommit is not null)
            {
                await options.BeforeCommit(report, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        return report;
    }

    /// <summary>The elements of a step's own arrays: its content items, users, newsletters...</summary>
    private static int CountItems(RecipeStep step) =>
        step.Data.Sum(p => p.Value is System.Text.Json.Nodes.JsonArray array ? array.Count : 0);
}
