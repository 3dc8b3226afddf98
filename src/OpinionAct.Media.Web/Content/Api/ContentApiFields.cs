using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpinionAct.Media.Web.Content.Api;

/// <summary>Field selection (<c>?fields=title,slug</c>): the JSON names of an item type, and an item cut down to the chosen ones.</summary>
internal static class ContentApiFields
{
    /// <summary>The item's JSON property names, in declaration order (what <c>fields</c> accepts).</summary>
    public static IReadOnlyList<string> Of<T>() => Names<T>.Value;

    /// <summary>Keeps only <paramref name="fields"/> of a serialised item (all when null).</summary>
    public static JsonNode Select(JsonNode item, IReadOnlyList<string>? fields)
    {
        if (fields is null || item is not JsonObject obj)
        {
            return item;
        }

        foreach (var name in obj.Select(p => p.Key).Where(k => !fields.Contains(k)).ToList())
        {
            obj.Remove(name);
        }

        return obj;
    }

    private static class Names<T>
    {
        public static readonly IReadOnlyList<string> Value = [.. typeof(T).GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))];
    }
}
