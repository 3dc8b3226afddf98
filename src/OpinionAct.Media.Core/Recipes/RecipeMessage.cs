namespace OpinionAct.Media.Recipes;

/// <summary>A finding about one place in a recipe; <see cref="Path"/> is a JSON path such as <c>$.steps[2].SiteName</c>.</summary>
public sealed record RecipeMessage(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
