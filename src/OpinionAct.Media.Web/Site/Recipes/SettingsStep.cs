using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Site;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.MediaLibrary;

namespace OpinionAct.Media.Web.Site.Recipes;

/// <summary>
/// The <c>settings</c> step: site name, description, language, time zone, social links, logo, social image and brand colour. Orchard Core
/// settings we do not use yet (HomeRoute, LayerSettings...) are kept as JSON and reported.
/// </summary>
internal sealed class SettingsStep(SiteSettingsStore store, ContentUnit unit, TimeProvider clock, MediaReferences media, IEnumerable<IContentItemRewriter> rewriters) : IRecipeStepHandler
{
    private static readonly HashSet<string> Languages = new(StringComparer.OrdinalIgnoreCase) { "fr", "en" };

    public string StepName => "settings";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;

        // Logo and SocialImage may name a file of an earlier media step (/media/<TargetPath>), as content items do.
        foreach (var rewriter in rewriters)
        {
            await rewriter.RewriteAsync(step.Data, step.Path, context, cancellationToken);
        }

        var settings = await store.GetOrCreateAsync(cancellationToken);
        var extra = JsonNode.Parse(settings.PropertiesJson) as JsonObject ?? [];
        var kept = new List<string>();

        foreach (var (key, value) in step.Data)
        {
            var path = step.PathOf(key);
            switch (key.ToUpperInvariant())
            {
                case "NAME":
                    break;
                case "SITENAME":
                    if (context.OptionalString(step.Data, key, step.Path) is { } name)
                    {
                        settings.SiteName = SiteSettingsAccess.CleanText(name, 200, path, context);
                    }

                    break;
                case "DESCRIPTION":
                    if (context.OptionalString(step.Data, key, step.Path) is { } description)
                    {
                        settings.Description = SiteSettingsAccess.CleanText(description, 1000, path, context);
                    }

                    break;
                case "LANGUAGE" or "CULTURE" or "DEFAULTCULTURE":
                    if (context.OptionalString(step.Data, key, step.Path) is { } culture)
                    {
                        var language = culture.Split('-', '_')[0];
                        if (Languages.Contains(language))
                        {
                            settings.Language = language.ToLowerInvariant();
                        }
                        else
                        {
                            context.Error(path, $"'{culture}' is not a supported language (use 'fr' or 'en')");
                        }
                    }

                    break;
                case "TIMEZONE" or "TIMEZONEID":
                    if (context.OptionalString(step.Data, key, step.Path) is { } zone)
                    {
                        if (TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                        {
                            settings.TimeZone = zone;
                        }
                        else
                        {
                            context.Error(path, $"'{zone}' is not a known time zone (use an IANA id such as 'Europe/Paris')");
                        }
                    }

                    break;
                case "LOGO" or "SOCIALIMAGE":
                    var image = context.OptionalString(step.Data, key, step.Path);
                    var errors = new FieldErrors();
                    await media.CheckFieldAsync(errors, key, image, cancellationToken);
                    if (errors.Any)
                    {
                        context.Error(path, string.Join(" ", errors.ToDictionary().SelectMany(e => e.Value)));
                    }
                    else if (key.Equals("Logo", StringComparison.OrdinalIgnoreCase))
                    {
                        settings.Logo = ContentPaths.Blank(image);
                    }
                    else
                    {
                        settings.SocialImage = ContentPaths.Blank(image);
                    }

                    break;
                case "BRANDCOLOR":
                    var color = context.OptionalString(step.Data, key, step.Path);
                    if (string.IsNullOrWhiteSpace(color))
                    {
                        extra.Remove(key);
                        extra.Remove(SiteBrandColor.Key);
                    }
                    else if (BrandPalette.Normalize(color) is { } brand)
                    {
                        // Stored in the properties JSON under one spelling, whatever the recipe's casing of the key.
                        extra.Remove(key);
                        extra[SiteBrandColor.Key] = brand;
                    }
                    else
                    {
                        context.Error(path, BrandPalette.InvalidMessage);
                    }

                    break;
                case "SOCIALLINKS":
                    settings.SocialLinksJson = ReadLinks(context, path, value);
                    break;
                default:
                    extra[key] = value?.DeepClone();
                    kept.Add(key);
                    break;
            }
        }

        if (kept.Count > 0)
        {
            context.Warn(step.Path, $"settings kept but not used by any feature yet: {string.Join(", ", kept)}");
        }

        settings.PropertiesJson = extra.ToJsonString();
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        // Saved now, inside the recipe's transaction: a later step (themes) reads the row back.
        await unit.SaveAsync(cancellationToken);
    }

    /// <summary>Social links: [{Label, Url}] with http(s) URLs only.</summary>
    private static string ReadLinks(RecipeStepContext context, string path, JsonNode? value)
    {
        var links = new List<LinkView>();
        if (value is not JsonArray array)
        {
            context.Error(path, $"expected an array of {{Label, Url}}, found {RecipeParser.Describe(value)}");
            return "[]";
        }

        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            var label = array[i] is JsonObject o ? context.OptionalString(o, "Label", itemPath) : null;
            var url = array[i] is JsonObject u ? context.OptionalString(u, "Url", itemPath) : null;
            if (string.IsNullOrWhiteSpace(label) || url is null || !ArticleValidator.IsSafeUrl(url, absoluteOnly: true))
            {
                context.Error(itemPath, "each social link needs a Label and an absolute http(s) Url");
                continue;
            }

            links.Add(new LinkView(label.Trim(), url.Trim()));
        }

        return JsonSerializer.Serialize(links);
    }
}
