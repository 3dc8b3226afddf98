using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// The <c>redirects</c> step (ours; exports write it): <c>{ "name": "redirects", "Redirects": [{ "FromPath", "ToUrl" }] }</c>.
/// Each is validated like the admin's redirect form. A path that already redirects to the same place is left as it is,
/// so running an export twice changes nothing; one that redirects elsewhere is an error.
/// </summary>
internal sealed class RedirectsStep(RedirectService redirects, RedirectStore store) : IRecipeStepHandler
{
    public string StepName => "redirects";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (item, path) in context.ObjectArray("Redirects", "redirect"))
        {
            var from = context.OptionalString(item, "FromPath", path) ?? string.Empty;
            var to = context.OptionalString(item, "ToUrl", path) ?? string.Empty;
            if (await store.FindByFromPathAsync(from.Trim().Trim('/').ToLowerInvariant(), cancellationToken) is { } existing)
            {
                if (existing.ToUrl != to.Trim())
                {
                    context.Error($"{path}.FromPath", $"/{existing.FromPath} already redirects to {existing.ToUrl}");
                }

                continue;
            }

            try
            {
                await redirects.AddAsync(from, to, ContentActor.System, cancellationToken);
            }
            catch (ContentValidationException ex)
            {
                foreach (var (field, messages) in ex.Errors)
                {
                    context.Error($"{path}.{(field == "From" ? "FromPath" : "ToUrl")}", string.Join(" ", messages));
                }
            }
        }
    }
}
