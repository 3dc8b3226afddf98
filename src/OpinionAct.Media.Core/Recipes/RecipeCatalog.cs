namespace OpinionAct.Media.Recipes;

/// <summary>The recipes shipped in the <c>recipes/</c> folder, found by their <c>name</c> or file name.</summary>
public sealed class RecipeCatalog(string folder)
{
    public const string FileSuffix = ".recipe.json";

    public string Folder { get; } = folder;

    /// <summary>Every recipe file, parsed; a file that does not parse is listed with its error.</summary>
    public IReadOnlyList<RecipeCatalogEntry> List()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(Folder, "*" + FileSuffix)
            .Order(StringComparer.Ordinal)
            .Select(Load)
            .ToList();
    }

    /// <summary>Finds a recipe by its <c>name</c> (case-insensitive) or file name without the suffix.</summary>
    /// <exception cref="MediaValidationException">No such recipe, or it does not parse.</exception>
    /// <summary>The recipes that parse, as (name, label) for a form's choice.</summary>
    public IReadOnlyList<(string Name, string Label)> Choices() =>
        List().Where(r => r.Recipe is not null).Select(r => (r.Recipe!.Name, r.Recipe.DisplayName ?? r.Recipe.Name)).ToList();

    public RecipeDocument Get(string name)
    {
        var entries = List();
        var entry = entries.FirstOrDefault(e => string.Equals(e.Recipe?.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? entries.FirstOrDefault(e => string.Equals(Path.GetFileName(e.File), name + FileSuffix, StringComparison.OrdinalIgnoreCase));
        if (entry is null)
        {
            var known = string.Join(", ", entries.Where(e => e.Recipe is not null).Select(e => e.Recipe!.Name));
            throw new MediaValidationException($"Unknown recipe '{name}'. Known recipes: {(known.Length > 0 ? known : "none")}.");
        }

        return entry.Recipe ?? throw new MediaValidationException($"Recipe '{name}' is invalid: {entry.Error}");
    }

    /// <summary>Reads a recipe from any file path (for <c>--recipe-file</c>).</summary>
    /// <exception cref="MediaValidationException">The file is missing, larger than <paramref name="maxBytes"/> or does not parse.</exception>
    public static RecipeDocument ReadFile(string path, long maxBytes)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new MediaValidationException($"Recipe file '{path}' does not exist.");
        }

        if (file.Length > maxBytes)
        {
            throw new MediaValidationException($"Recipe file '{path}' is {file.Length:N0} bytes; recipes of at most {maxBytes:N0} bytes are read (Media:Recipes:MaxBytes).");
        }

        try
        {
            return RecipeParser.Parse(File.ReadAllText(path), path);
        }
        catch (RecipeFormatException ex)
        {
            throw new MediaValidationException(ex.Message, ex);
        }
    }

    private static RecipeCatalogEntry Load(string file)
    {
        try
        {
            return new RecipeCatalogEntry(file, RecipeParser.Parse(File.ReadAllText(file), file), null);
        }
        catch (RecipeFormatException ex)
        {
            return new RecipeCatalogEntry(file, null, ex.Message);
        }
    }
}
