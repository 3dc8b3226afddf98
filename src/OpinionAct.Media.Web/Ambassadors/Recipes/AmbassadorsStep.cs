using System.Globalization;
using System.Text.Json.Nodes;
using OpinionAct.Media.Ambassadors;
using OpinionAct.Media.Data.Ambassadors;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Ambassadors.Recipes;

/// <summary>
/// The <c>ambassadors</c> step: <c>{ "name": "ambassadors", "Ambassadors": [{ "Name": "…", "Kind": "Expert|Partner|Reader",
/// "Email": "…", "Expert": "expert-slug", "DemoShare": 0.06 }] }</c>. Creates each ambassador (an address already
/// present is skipped, so running twice changes nothing). With <c>DemoShare</c>, on a hub that has the generated demo
/// history (the <c>demoHistory</c> step, run before this one), that share of the generated readers of each day and
/// article is counted as having come through the ambassador's link, so the figures show at once; removing the demo
/// history removes them too.
/// </summary>
internal sealed class AmbassadorsStep(AmbassadorStore store, TenantContext tenant, TimeProvider clock) : IRecipeStepHandler
{
    public string StepName => "ambassadors";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var index = 0;
        foreach (var (item, path) in context.ObjectArray("Ambassadors", "ambassador"))
        {
            index++;
            (string Name, AmbassadorKind Kind, string Email) fields;
            try
            {
                fields = AmbassadorRules.Check(context.OptionalString(item, "Name", path), context.OptionalString(item, "Kind", path), context.OptionalString(item, "Email", path));
            }
            catch (MediaValidationException ex)
            {
                context.Error(path, ex.Message);
                continue;
            }

            int? expertId = null;
            if (context.OptionalString(item, "Expert", path) is { } slug && (expertId = await store.ExpertIdAsync(slug, cancellationToken)) is null)
            {
                context.Error($"{path}.Expert", $"expert '{slug}' does not exist");
                continue;
            }

            double? share = null;
            if (item["DemoShare"] is { } node)
            {
                if (node is not JsonValue value || !value.TryGetValue<double>(out var number) || number is <= 0 or > 0.5)
                {
                    context.Error($"{path}.DemoShare", "DemoShare must be a number above 0 and at most 0.5.");
                    continue;
                }

                share = number;
            }

            if (await store.FindByEmailAsync(fields.Email, cancellationToken) is not null)
            {
                continue;
            }

            var ambassador = new AmbassadorRecord
            {
                Name = fields.Name,
                Kind = fields.Kind,
                Email = fields.Email,
                ExpertId = expertId,
                Secret = AmbassadorCode.NewSecret(),
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                CreatedBy = "recipe",
            };
            await store.AddAsync(ambassador, cancellationToken);
            if (share is { } s && await store.DemoDaysAsync(cancellationToken) is { } days)
            {
                var generated = await store.ArticleDaysAsync(days.From, days.To, cancellationToken);
                var (rows, visitors) = AmbassadorDemoFigures.From(generated, ambassador.Id, s, seed: StableSeed(tenant.Tenant.Name, index));
                await store.AddDemoFiguresAsync(rows, visitors, cancellationToken);
            }
        }
    }

    private static int StableSeed(string tenantName, int index) =>
        tenantName.Aggregate(index * 7919, (hash, c) => unchecked((hash * 31) + c)) ^ 0x5eed;
}
