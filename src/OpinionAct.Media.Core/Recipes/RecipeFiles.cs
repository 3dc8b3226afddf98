namespace OpinionAct.Media.Recipes;

/// <summary>
/// Finds a file a recipe names (a <c>media</c> step's SourcePath) inside the recipe's folder, and nowhere
/// else: recipes travel between installations, so <c>../</c>, absolute paths and symbolic links that lead out
/// of the folder are refused before anything is read.
/// </summary>
public static class RecipeFiles
{
    private const int MaxLinks = 40;

    /// <summary>The full path of the file, or null with <paramref name="error"/> saying why it is refused or missing.</summary>
    public static string? Resolve(string? recipeFolder, string relative, out string? error)
    {
        error = null;
        if (recipeFolder is null)
        {
            error = "an inline recipe has no folder to read files from; give the file as Base64";
            return null;
        }

        if (relative.Length == 0 || relative.Any(char.IsControl))
        {
            error = "a SourcePath is a path relative to the recipe's folder, such as media/cover.jpg";
            return null;
        }

        if (Path.IsPathRooted(relative) || relative.StartsWith('~') || relative.Contains(':', StringComparison.Ordinal))
        {
            error = $"SourcePath '{relative}' is absolute; only files inside the recipe's folder are read";
            return null;
        }

        var root = RealPath(Path.GetFullPath(recipeFolder));
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('\\', '/')));
        if (!Inside(root, full))
        {
            error = $"SourcePath '{relative}' leads out of the recipe's folder; only files inside it are read";
            return null;
        }

        if (!File.Exists(full))
        {
            error = $"SourcePath '{relative}' names no file in the recipe's folder";
            return null;
        }

        if (!Inside(root, RealPath(full)))
        {
            error = $"SourcePath '{relative}' goes through a symbolic link that leads out of the recipe's folder; only files inside it are read";
            return null;
        }

        return full;
    }

    private static bool Inside(string root, string path)
    {
        var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it followed (what <c>realpath</c> gives).</summary>
    private static string RealPath(string path)
    {
        var links = 0;
        var pending = new Stack<string>(Path.GetFullPath(path).Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse());
        var current = Path.GetPathRoot(Path.GetFullPath(path)) ?? "/";
        while (pending.Count > 0)
        {
            var next = Path.Combine(current, pending.Pop());
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"Too many symbolic links under '{path}'.");
                }

                var resolved = Path.GetFullPath(target, current);
                foreach (var part in resolved.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries).Reverse())
                {
                    pending.Push(part);
                }

                current = Path.GetPathRoot(resolved) ?? "/";
                continue;
            }

            current = next;
        }

        return current;
    }
}
