using System.Text.Json.Nodes;

namespace OpinionAct.Media.Recipes;

/// <summary>One entry of a recipe's <c>steps</c> array.</summary>
public sealed record RecipeStep(int Index, string Name, JsonObject Data)
{
    /// <summary>JSON path of this step inside the recipe.</summary>
    public string Path => $"$.steps[{Index}]";

    /// <summary>JSON path of one of this step's properties.</summary>
    public string PathOf(string property) => $"{Path}.{property}";
}
