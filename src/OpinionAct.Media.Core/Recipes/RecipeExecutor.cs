namespace OpinionAct.Media.Recipes;

/// <summary>
/// Runs a recipe against the current tenant: evaluates scripts first, then applies every step it
/// understands in one transaction. Any error rolls the whole recipe back; unknown steps are
/// reported by name and skipped.
/// </summary>
public sealed class RecipeExecutor(IEnumerable<IRecipeStepHandler> handlers, IRecipeUnitOfWork unitOfWork)
{
    private readonly Dictionary<string, IRecipeStepHandler> _handlers =
        handlers.ToDictionary(h => h.StepName, StringComparer.OrdinalIgnoreCase);

    /// <summary>Step names this executor applies, for documentation and `recipes list`.</summary>
    public IReadOnlyCollection<string> KnownSteps => _handlers.Keys;

    public async Task<RecipeReport> ExecuteAsync(RecipeDocument recipe, RecipeExecutionOptions options, CancellationToken cancellationToken)
    {
        var report = new RecipeReport { Recipe = recipe.Name, Tenant = options.TenantName };

        // Work on a copy: evaluating scripts rewrites values in place, and a recipe may be reused.
        var steps = recipe.Steps.Select(s => s with { Data = (System.Text.Json.Nodes.JsonObject)s.Data.DeepClone() }).ToList();
        var evaluator = new RecipeScriptEvaluator(recipe.Variables, options.Parameters, options.Configuration);
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
                if (!_handlers.TryGetValue(step.Name, out var handler))
                {
                    report.Skipped.Add(new RecipeMessage(step.Path, $"unknown step '{step.Name}' was skipped"));
                    continue;
                }

                var errorsBefore = report.Errors.Count;
                try
                {
                    await handler.ApplyAsync(new RecipeStepContext(step, report, options), cancellationToken);
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
}
