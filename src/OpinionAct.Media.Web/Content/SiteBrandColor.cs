using System.Text.Json.Nodes;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Web.Content;

/// <summary>
/// The hub's brand colour, kept under "BrandColor" in the settings' properties JSON (no column of its own: exports and
/// backups carry that JSON whole, so the colour travels with the hub without a migration).
/// </summary>
public static class SiteBrandColor
{
    /// <summary>The key in <see cref="SiteSettingsRecord.PropertiesJson"/> and in a recipe's settings step.</summary>
    public const string Key = "BrandColor";

    /// <summary>The stored colour (<c>#rrggbb</c>), or null when the theme's own applies.</summary>
    public static string? Get(SiteSettingsRecord settings) =>
        JsonNode.Parse(settings.PropertiesJson) is JsonObject o && o[Key] is JsonValue v && v.TryGetValue<string>(out var s)
            ? BrandPalette.Normalize(s)
            : null;

    /// <summary>Stores a colour already checked by <see cref="BrandPalette.Normalize"/>; null removes it.</summary>
    public static void Set(SiteSettingsRecord settings, string? color)
    {
        var properties = JsonNode.Parse(settings.PropertiesJson) as JsonObject ?? [];
        if (color is null)
        {
            properties.Remove(Key);
        }
        else
        {
            properties[Key] = color;
        }

        settings.PropertiesJson = properties.ToJsonString();
    }
}
