namespace OpinionAct.Media.Web.Recipes.Console;

/// <summary>
/// A recipe uploaded to the console, saved alone in a fresh temporary folder (so a media step's SourcePath finds nothing
/// beside it) for as long as it runs, and deleted with its folder afterwards.
/// </summary>
internal sealed class UploadedRecipe : IDisposable
{
    public const string Field = "recipeFile";

    private readonly string _folder;

    private UploadedRecipe(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    public string Path { get; }

    /// <summary>The uploaded file of the form, or null when none was chosen.</summary>
    /// <exception cref="MediaValidationException">The file is larger than recipes may be.</exception>
    public static async Task<UploadedRecipe?> SaveAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        var file = request.HasFormContentType ? request.Form.Files.GetFile(Field) : null;
        if (file is null || file.Length == 0)
        {
            return null;
        }

        if (file.Length > maxBytes)
        {
            throw new MediaValidationException($"The recipe file is {file.Length / 1024 / 1024} MB; recipes are read up to {maxBytes / 1024 / 1024} MB (Media:Recipes:MaxBytes).");
        }

        var folder = Directory.CreateTempSubdirectory("opinionact-recipe-").FullName;
        var path = System.IO.Path.Combine(folder, "uploaded.recipe.json");
        await using (var target = File.Create(path))
        {
            await file.CopyToAsync(target, cancellationToken);
        }

        return new UploadedRecipe(folder, path);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
