namespace OpinionAct.Media.Recipes;

/// <summary>A recipe file and either its parsed recipe or why it could not be parsed.</summary>
public sealed record RecipeCatalogEntry(string File, RecipeDocument? Recipe, string? Error);
