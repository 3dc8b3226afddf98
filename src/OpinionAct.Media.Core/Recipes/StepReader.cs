using System.Globalization;
using System.Text.Json.Nodes;

namespace OpinionAct.Media.Recipes;

/// <summary>Typed reads of step properties that report wrong types as errors at their JSON path.</summary>
public static class StepReader
{
    /// <summary>Reads an optional string property; a value of another type is reported and read as null.</summary>
    public static string? OptionalString(this RecipeStepContext context, JsonObject obj, string property, string path)
    {
        var node = obj[property];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        context.Error($"{path}.{property}", $"expected a string, found {RecipeParser.Describe(node)}");
        return null;
    }

    /// <summary>
    /// Reads an optional ISO 8601 date and time (UTC unless it names an offset), as a UTC value. False when the value is
    /// not a date: that is reported at its path and <paramref name="value"/> is null, as for an absent property.
    /// </summary>
    public static bool TryOptionalDate(this RecipeStepContext context, JsonObject obj, string property, string path, out DateTimeOffset? value)
    {
        value = null;
        if (context.OptionalString(obj, property, path) is not { } text)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date))
        {
            value = date;
            return true;
        }

        context.Error($"{path}.{property}", $"'{text}' is not a date (use ISO 8601, e.g. 2026-10-02T07:30:00Z)");
        return false;
    }

    /// <summary>Reads an optional array of strings; anything else is reported and read as empty.</summary>
    public static IReadOnlyList<string> StringArray(this RecipeStepContext context, JsonObject obj, string property, string path)
    {
        var node = obj[property];
        if (node is null)
        {
            return [];
        }

        if (node is not JsonArray array)
        {
            context.Error($"{path}.{property}", $"expected an array of strings, found {RecipeParser.Describe(node)}");
            return [];
        }

        var result = new List<string>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonValue value && value.TryGetValue<string>(out var text))
            {
                result.Add(text);
            }
            else
            {
                context.Error($"{path}.{property}[{i}]", $"expected a string, found {RecipeParser.Describe(array[i])}");
            }
        }

        return result;
    }

    /// <summary>
    /// Reads an array of objects (roles, users, content items) with each item's JSON path. A
    /// missing or non-array property and each non-object item are reported; the rest is returned.
    /// </summary>
    public static IReadOnlyList<(JsonObject Item, string Path)> ObjectArray(this RecipeStepContext context, string property, string itemKind)
    {
        var step = context.Step;
        var arrayPath = step.PathOf(property);
        if (step.Data[property] is not JsonArray array)
        {
            context.Error(arrayPath, $"expected an array of {itemKind}s, found {RecipeParser.Describe(step.Data[property])}");
            return [];
        }

        var items = new List<(JsonObject, string)>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item)
            {
                items.Add((item, $"{arrayPath}[{i}]"));
            }
            else
            {
                context.Error($"{arrayPath}[{i}]", $"expected a {itemKind} object, found {RecipeParser.Describe(array[i])}");
            }
        }

        return items;
    }

    /// <summary>Finds a property whatever its casing ("Displaytext" and "DisplayText" both occur in Orchard recipes).</summary>
    public static JsonNode? PropertyIgnoreCase(this JsonObject obj, string property, out string actualName)
    {
        foreach (var (key, value) in obj)
        {
            if (string.Equals(key, property, StringComparison.OrdinalIgnoreCase))
            {
                actualName = key;
                return value;
            }
        }

        actualName = property;
        return null;
    }
}
