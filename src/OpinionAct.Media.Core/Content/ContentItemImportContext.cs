using System.Text.Json.Nodes;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Content;

/// <summary>One content item of a recipe's <c>content</c> step, with its JSON path for error messages.</summary>
public sealed record ContentItemImportContext(JsonObject Item, string ContentType, string Path, RecipeStepContext Step);
