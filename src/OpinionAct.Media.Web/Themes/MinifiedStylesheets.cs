using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Net.Http.Headers;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Web.Themes;

/// <summary>
/// Theme stylesheets as served: minified once per file (<see cref="CssMinifier"/>) and kept in memory with the
/// ETag of the minified bytes. Like parsed templates, files are not watched: a theme update bumps its
/// version and restarts the node, and a stylesheet's size is a theme author's, not a reader's, choice.
/// </summary>
public sealed class MinifiedStylesheets
{
    private readonly ConcurrentDictionary<string, Stylesheet> _files = new(StringComparer.Ordinal);

    public Stylesheet Get(string fullPath) => _files.GetOrAdd(fullPath, static path =>
    {
        var bytes = Encoding.UTF8.GetBytes(CssMinifier.Minify(File.ReadAllText(path)));
        return new Stylesheet(bytes, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 12))}\""));
    });

    public sealed record Stylesheet(byte[] Bytes, EntityTagHeaderValue ETag);
}
