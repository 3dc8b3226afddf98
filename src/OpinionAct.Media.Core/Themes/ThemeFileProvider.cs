using System.Collections.Concurrent;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace OpinionAct.Media.Themes;

/// <summary>
/// The files a theme's templates may load (<c>{% render '_card' %}</c>): <c>*.liquid</c> files inside the
/// theme folder only, never <c>theme.json</c>, assets or anything outside through <c>..</c>. File
/// details are read once; <see cref="ThemeRenderer.Release"/> drops the provider to see changes.
/// </summary>
internal sealed class ThemeFileProvider(string folder) : IFileProvider
{
    private const string Extension = ".liquid";

    private readonly string _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
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

        var path = Path.GetFullPath(Path.Combine(_root, subpath.TrimStart('/', '\\')));
        return path.StartsWith(_root, StringComparison.Ordinal) && File.Exists(path) ? new ThemeFileInfo(new FileInfo(path)) : null;
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
