using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Recipes;

namespace OpinionAct.Media.Web.MediaLibrary.Recipes;

/// <summary>
/// Makes recipe content point at library items: a field whose whole value is <c>/media/&lt;TargetPath&gt;</c>
/// (or Orchard's <c>~/media/…</c>), a Markdown image <c>![alt](/media/…)</c> and an HTML <c>&lt;img src="/media/…"&gt;</c>
/// become <c>media:&lt;id&gt;</c> when an item has that library path (a <c>media</c> step earlier in the recipe
/// imported it). A path no item has is kept as written and reported. Links (<c>[text](/media/…)</c>,
/// <c>href</c>) are left alone: they are not images the renderer sizes.
/// </summary>
internal sealed partial class MediaPathRewriter(MediaStore store) : IContentItemRewriter
{
    // Only found ids are kept: a later media step of the same recipe may still add a path missing now.
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public async Task RewriteAsync(JsonObject item, string path, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var (value, valuePath) in Strings(item, path).ToList())
        {
            var text = value.GetValue<string>();
            if (!text.Contains("/media/", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var rewritten = await RewriteAsync(text, valuePath, context, cancellationToken);
            if (!ReferenceEquals(rewritten, text))
            {
                value.ReplaceWith(JsonValue.Create(rewritten));
            }
        }
    }

    private async Task<string> RewriteAsync(string text, string path, RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (MediaLibraryPath.FromReference(text) is { } whole && !text.Trim().Contains(' ', StringComparison.Ordinal))
        {
            return await ReferenceAsync(text.Trim(), whole, path, context, cancellationToken) ?? text;
        }

        var matches = ImageReference().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        var result = new System.Text.StringBuilder(text.Length);
        var last = 0;
        foreach (Match match in matches)
        {
            var url = match.Groups["url"];
            var libraryPath = MediaLibraryPath.FromReference(url.Value);
            var reference = libraryPath is null ? null : await ReferenceAsync(url.Value, libraryPath, path, context, cancellationToken);
            result.Append(text, last, url.Index - last).Append(reference ?? url.Value);
            last = url.Index + url.Length;
        }

        return result.Append(text, last, text.Length - last).ToString();
    }

    private async Task<string?> ReferenceAsync(string url, string libraryPath, string path, RecipeStepContext context, CancellationToken cancellationToken)
    {
        if (!_ids.TryGetValue(libraryPath, out var id) && await store.FindByLibraryPathAsync(libraryPath, cancellationToken) is { } item)
        {
            id = _ids[libraryPath] = item.Id;
        }

        if (id > 0)
        {
            return MediaReference.For(id);
        }

        // Our own delivery URLs (/media/12/…) are not library paths; they stay without a word.
        if (!DeliveryPath().IsMatch(libraryPath))
        {
            context.Warn(path, $"'{url}' names no media item (no media step gave a file the TargetPath '{libraryPath}'); kept as written");
        }

        return null;
    }

    /// <summary>Every string value of the item with its JSON path.</summary>
    private static IEnumerable<(JsonValue Value, string Path)> Strings(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var found in Strings(child, $"{path}.{name}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Strings(array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]")))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out _):
                yield return (value, path);
                break;
        }
    }

    /// <summary>The URL of a Markdown image or of an HTML img's src, when it starts with /media/ or ~/media/.</summary>
    [GeneratedRegex("""(?:!\[[^\]\n]*\]\(\s*<?|<img\b[^>]*?\bsrc\s*=\s*["']?)(?<url>~?/media/[^\s"'<>)]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ImageReference();

    [GeneratedRegex("""^\d+/""", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex DeliveryPath();
}
