using System.Text.Json.Nodes;

namespace OpinionAct.Media.Recipes;

/// <summary>A parsed recipe in Orchard Core's format (<c>name</c>, <c>displayName</c>, <c>variables</c>, <c>steps</c>...).</summary>
public sealed record RecipeDocument
{
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    public string? Description { get; init; }

    public bool IsSetupRecipe { get; init; }

    public JsonObject Variables { get; init; } = [];

    public IReadOnlyList<RecipeStep> Steps { get; init; } = [];

    /// <summary>Where the recipe came from (file path or "inline"), for messages.</summary>
    public string Source { get; init; } = "inline";

    /// <summary>
    /// The folder of the recipe file, which files named by the recipe (a <c>media</c> step's SourcePath) are
    /// relative to and may not leave; null for an inline recipe, which can name no file.
    /// </summary>
    public string? Folder => Source == "inline" || string.IsNullOrWhiteSpace(Source) ? null : Path.GetDirectoryName(Path.GetFullPath(Source));
}
