using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Site;

namespace OpinionAct.Media.Web.Content.Import;

/// <summary>
/// Orchard Core's <c>Menu</c> content item becomes the hub's main menu, which both themes show: each
/// <c>LinkMenuItem</c> ({LinkMenuItemPart: {Name, Url}}) in order, nested ones after their parent (our menu has one
/// level). Other menu item types (a content picker, raw HTML) are reported and left out. One menu per hub: a second
/// Menu item in the same recipe is reported, not imported.
/// </summary>
internal sealed class MenuImporter(SiteSettingsStore settings, ContentUnit unit) : IContentItemImporter
{
    private bool _imported;

    public IReadOnlyCollection<string> ContentTypes => ["Menu"];

    public async Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken)
    {
        if (_imported)
        {
            context.Step.Warn(context.Path, $"a hub has one menu; '{context.Title()}' was not imported (the recipe's first menu was)");
            return;
        }

        _imported = true;
        var links = new List<LinkView>();
        Collect(context, context.Part("MenuItemsListPart"), $"{context.Path}.MenuItemsListPart", links);
        var menu = SiteMenu.Normalize(links);
        var errors = new FieldErrors();
        SiteMenu.Check(menu, errors);
        foreach (var (field, messages) in errors.ToDictionary())
        {
            context.Step.Error($"{context.Path} ({field})", string.Join(" ", messages));
        }

        if (errors.Any)
        {
            return;
        }

        var record = await settings.GetOrCreateAsync(cancellationToken);
        record.MenuJson = ContentJson.Write(menu);
        await unit.SaveAsync(cancellationToken);
    }

    private static void Collect(ContentItemImportContext context, JsonObject? list, string path, List<LinkView> links)
    {
        if (list?.PropertyIgnoreCase("MenuItems", out var name) is not JsonArray items)
        {
            return;
        }

        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.{name}[{i}]";
            if (items[i] is not JsonObject item)
            {
                continue;
            }

            var type = context.Step.OptionalString(item, "ContentType", itemPath) ?? string.Empty;
            if (type.Equals("LinkMenuItem", StringComparison.OrdinalIgnoreCase) && item.PropertyIgnoreCase("LinkMenuItemPart", out _) is JsonObject part)
            {
                var label = context.Step.OptionalString(part, "Name", itemPath) ?? context.Step.OptionalString(item, "DisplayText", itemPath) ?? string.Empty;
                links.Add(new LinkView(label, context.Step.OptionalString(part, "Url", itemPath) ?? string.Empty));
            }
            else
            {
                context.Step.Warn(itemPath, $"menu item type '{type}' is not supported here (only LinkMenuItem); left out of the menu");
            }

            Collect(context, item.PropertyIgnoreCase("MenuItemsListPart", out _) as JsonObject, $"{itemPath}.MenuItemsListPart", links);
        }
    }
}
