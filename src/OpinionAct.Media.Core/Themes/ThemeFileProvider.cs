using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace OpinionAct.Media.Themes;

/// <summary>
/// The files a theme's templates may load (<c>{% render '_card' %}</c>): <c>*.liquid</c> files inside the
/// theme folder, or else inside its base's folder (<paramref name="folders"/>: the theme's first, then its
/// bases'), never <c>theme.json</c>, assets or anything outside through <c>..</c>. The first folder that has
/// the file wins, so a theme overrides its base file by file. File details are read once;
/// <see cref="ThemeRenderer.Release"/> drops the provider to see changes.
/// </summary>
internal sealed class ThemeFileProvider(IReadOnlyList<string> folders) : IFileProvider
{
    private const string Extension = ".liquid";

    private readonly string[] _roots = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f)) + Path.DirectorySeparatorChar).ToArray();
    private readonly ConcurrentDictionary<string, IFileInfo> _found = new(StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        if (_found.TryGetValue(subpath, out var cached))
        {
            return cached;
        }

        var file = Resolve(subpath);
        // Only found files are kept: a misspelt dynamic include must not grow the cache without bound.
        return file is null ? new NotFoundFileInfo(subpath) : _found.GetOrAdd(subpath, file);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private ThemeFileInfo? Resolve(string subpath)
    {
        if (string.IsNullOrWhiteSpace(subpath) || !subpath.EndsWith(Extension, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var relative = subpath.TrimStart('/', '\\');
        foreach (var root in _roots)
        {
            // Each folder on its own: a name that goes through '..' must still land inside that folder,
            // so neither the theme nor its base opens a door to a sibling theme.
            var path = Path.GetFullPath(Path.Combine(root, relative));
            if (path.StartsWith(root, StringComparison.Ordinal) && File.Exists(path))
            {
                return new ThemeFileInfo(new FileInfo(path));
            }
        }

        return null;
    }

    private sealed class ThemeFileInfo(FileInfo file) : IFileInfo
    {
        public bool Exists => true;

        public long Length { get; } = file.Length;

        // Not exposed: error messages and templates have no business knowing where the server keeps files.
        public string? PhysicalPath => null;

        public string Name => file.Name;

        public DateTimeOffset LastModified { get; } = file.LastWriteTimeUtc;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => file.OpenRead();
    }
}
