using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Newsletters;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Newsletters.Recipes;

/// <summary>
/// The <c>newsletters</c> step: <c>{ "name": "newsletters", "Newsletters": [{ "Slug", "Name", "Description",
/// "Cadence", "SenderName", "SenderAddress", "ReplyTo" }] }</c>. A newsletter whose slug exists is updated,
/// so running a recipe twice changes nothing. Each item is validated by <see cref="NewsletterService"/>'s
/// rules; any error fails the recipe, and its transaction leaves nothing behind.
/// </summary>
internal sealed class NewslettersStep(NewsletterStore store, NewsletterService service, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "newsletters";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (item, path) in context.ObjectArray("Newsletters", "newsletter"))
        {
            var draft = new NewsletterDraft
            {
                Slug = context.OptionalString(item, "Slug", path),
                Name = context.OptionalString(item, "Name", path) ?? string.Empty,
                Description = context.OptionalString(item, "Description", path),
                Cadence = context.OptionalString(item, "Cadence", path),
                SenderName = context.OptionalString(item, "SenderName", path) ?? string.Empty,
                SenderAddress = context.OptionalString(item, "SenderAddress", path) ?? string.Empty,
                ReplyTo = context.OptionalString(item, "ReplyTo", path),
            };
            var slug = NewsletterService.SlugOf(draft);
            if (!seen.Add(slug))
            {
                context.Error($"{path}.Slug", $"newsletter '{slug}' appears twice in this step");
                continue;
            }

            var existing = await store.FindBySlugTrackedAsync(slug, cancellationToken);
            var errors = await service.ValidateAsync(draft, existing?.Id ?? 0, cancellationToken);
            if (errors.Any)
            {
                foreach (var (field, messages) in errors.ToDictionary())
                {
                    context.Error($"{path}.{field}", string.Join(" ", messages));
                }

                continue;
            }

            var newsletter = existing ?? new NewsletterRecord { Slug = slug, Name = string.Empty, SenderName = string.Empty, SenderAddress = string.Empty, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            NewsletterService.Apply(newsletter, draft);
            if (existing is null)
            {
                store.Add(newsletter);
            }

            // Saved inside the recipe's transaction, so the next item's uniqueness check sees this one.
            await store.SaveChangesAsync(cancellationToken);
        }
    }
}
