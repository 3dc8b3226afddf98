using System.Text.Json.Nodes;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Content;

/// <summary>
/// Rewrites a recipe content item in place before its importer reads it, whatever its type: the media
/// library turns <c>/media/&lt;TargetPath&gt;</c> references into <c>media:&lt;id&gt;</c> this way, so no
/// importer needs to know about media paths.
/// </summary>
public interface IContentItemRewriter
{
    Task RewriteAsync(JsonObject item, string path, RecipeStepContext context, CancellationToken cancellationToken);
}
