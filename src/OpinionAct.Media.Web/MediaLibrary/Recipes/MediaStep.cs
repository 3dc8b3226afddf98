using System.Text.Json.Nodes;
using OpinionAct.Media.Content;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Recipes;

/// <summary>
/// Orchard Core's <c>media</c> step: each of <c>Files</c> (<c>TargetPath</c> with <c>SourcePath</c>, relative to the
/// recipe's folder, or <c>Base64</c>) goes through the upload pipeline into the library at its TargetPath. Our
/// extension: <c>AltText</c>, <c>Caption</c>, <c>Credit</c>, <c>Licence</c>, <c>Decorative</c>, <c>FocalX</c>,
/// <c>FocalY</c>, <c>Tags</c> describe it. Running the recipe again keeps files whose bytes did not change and
/// replaces the others. Variants are rendered on their first request, not during the recipe, so setting up a
/// tenant with pictures stays quick. A file that cannot be imported (missing, outside the folder, not an image) is
/// reported as a warning and the rest of the recipe applies, as Orchard recipes ship with files we cannot have.
/// </summary>
internal sealed class MediaStep(MediaLibraryService library, MediaPrerenderQueue prerender, TenantContext tenant, ILogger<MediaStep> logger) : IRecipeStepHandler
{
    public const string UploadedBy = "recipe";

    public string StepName => "media";

    public async Task ApplyAsync(RecipeStepContext context, CancellationToken cancellationToken)
    {
        var step = context.Step;
        var node = step.Data.PropertyIgnoreCase("Files", out var property);
        var arrayPath = step.PathOf(property);
        if (node is not JsonArray files)
        {
            context.Error(arrayPath, $"expected an array of files {{ TargetPath, SourcePath | Base64 }}, found {RecipeParser.Describe(node)}");
            return;
        }

        // Every entry is checked before any file is read, so a refused path never reaches the pipeline.
        var planned = new List<(string Path, string Target, Func<Stream> Open, MediaDetails? Details)>();
        for (var i = 0; i < files.Count; i++)
        {
            var path = $"{arrayPath}[{i}]";
            if (files[i] is not JsonObject file)
            {
                context.Error(path, $"expected a file object {{ TargetPath, SourcePath | Base64 }}, found {RecipeParser.Describe(files[i])}");
                continue;
            }

            if (Plan(context, file, path) is { } entry)
            {
                planned.Add(entry);
            }
        }

        foreach (var (path, target, open, details) in planned)
        {
            try
            {
                await using var content = open();
                var (item, outcome) = await library.ImportAsync(content, Path.GetFileName(target), details, target, UploadedBy, cancellationToken, renderVariants: false);
                logger.RecipeMediaImported(tenant.Tenant.Name, target, outcome, item.Id);
                if (outcome != MediaImportOutcome.Unchanged)
                {
                    prerender.Defer(tenant.Tenant.Name, item.Id);
                }
            }
            catch (Exception ex) when (ex is MediaValidationException or ContentValidationException or IOException or UnauthorizedAccessException)
            {
                var reason = ex is ContentValidationException invalid
                    ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")))
                    : ex.Message;
                Refuse(context, path, target, reason);
            }
        }
    }

    private (string Path, string Target, Func<Stream> Open, MediaDetails? Details)? Plan(RecipeStepContext context, JsonObject file, string path)
    {
        var target = String(context, file, "TargetPath", path, out _);
        var source = String(context, file, "SourcePath", path, out _);
        var base64 = String(context, file, "Base64", path, out _);
        var normalized = MediaLibraryPath.Normalize(target, out var targetError);
        if (normalized is null)
        {
            Refuse(context, $"{path}.TargetPath", target ?? string.Empty, targetError!);
            return null;
        }

        if (source is null == base64 is null)
        {
            Refuse(context, path, normalized, "give either SourcePath (a file beside the recipe) or Base64 (the bytes), not both nor neither");
            return null;
        }

        var details = Details(context, file, path);
        if (base64 is not null)
        {
            var bytes = Decode(base64);
            if (bytes is null)
            {
                Refuse(context, $"{path}.Base64", normalized, "Base64 is not valid base64 text");
                return null;
            }

            return (path, normalized, () => new MemoryStream(bytes, writable: false), details);
        }

        var full = RecipeFiles.Resolve(context.RecipeFolder, source!, out var sourceError);
        if (full is null)
        {
            Refuse(context, $"{path}.SourcePath", normalized, sourceError!);
            return null;
        }

        return (path, normalized, () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous), details);
    }

    /// <summary>Our description fields, when the entry has any; null keeps what the library already says.</summary>
    private static MediaDetails? Details(RecipeStepContext context, JsonObject file, string path)
    {
        string[] names = ["AltText", "Caption", "Credit", "Licence", "Decorative", "FocalX", "FocalY", "Tags"];
        if (!names.Any(n => file.PropertyIgnoreCase(n, out _) is not null))
        {
            return null;
        }

        var tags = file.PropertyIgnoreCase("Tags", out var tagsName) is null ? [] : context.StringArray(file, tagsName, path);
        return new MediaDetails
        {
            AltText = String(context, file, "AltText", path, out _),
            Caption = String(context, file, "Caption", path, out _),
            Credit = String(context, file, "Credit", path, out _),
            Licence = String(context, file, "Licence", path, out _),
            Decorative = file.PropertyIgnoreCase("Decorative", out _) is JsonValue d && d.TryGetValue<bool>(out var decorative) && decorative,
            FocalX = Number(file, "FocalX") ?? 0.5,
            FocalY = Number(file, "FocalY") ?? 0.5,
            Tags = tags,
        };
    }

    private static string? String(RecipeStepContext context, JsonObject file, string property, string path, out string name) =>
        file.PropertyIgnoreCase(property, out name) is null ? null : context.OptionalString(file, name, path);

    private static double? Number(JsonObject file, string property) =>
        file.PropertyIgnoreCase(property, out _) is JsonValue v && v.TryGetValue<double>(out var number) ? number : null;

    private static byte[]? Decode(string base64)
    {
        // A data URL (data:image/png;base64,...) is what people paste; Orchard writes the bare text.
        var comma = base64.StartsWith("data:", StringComparison.OrdinalIgnoreCase) ? base64.IndexOf(',', StringComparison.Ordinal) : -1;
        try
        {
            return Convert.FromBase64String(comma >= 0 ? base64[(comma + 1)..] : base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private void Refuse(RecipeStepContext context, string path, string target, string reason)
    {
        logger.RecipeMediaRefused(tenant.Tenant.Name, target, reason);
        context.Warn(path, $"{(target.Length > 0 ? $"'{target}' " : string.Empty)}not imported: {reason.TrimEnd('.')}");
    }
}
