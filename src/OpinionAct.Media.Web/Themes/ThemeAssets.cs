using Microsoft.AspNetCore.StaticFiles;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Web.Themes;

/// <summary>
/// Serves a theme's <c>assets/</c> at /assets/&lt;theme&gt;/&lt;version&gt;/&lt;file&gt;. The version in the URL
/// changes with the theme's, so a matching request may be cached for a year. Stylesheets are minified
/// (<see cref="MinifiedStylesheets"/>).
/// </summary>
internal static class ThemeAssets
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IResult Serve(string theme, string version, string file, ThemeCatalog themes, MinifiedStylesheets stylesheets, HttpContext http)
    {
        var manifest = themes.Find(theme);
        if (manifest is null)
        {
            return Results.NotFound();
        }

        var root = Path.GetFullPath(Path.Combine(manifest.Folder, "assets")) + Path.DirectorySeparatorChar;
        var full = Path.GetFullPath(Path.Combine(root, file));
        if (!full.StartsWith(root, StringComparison.Ordinal) || !File.Exists(full))
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = version == (manifest.Version ?? "0")
            ? "public, max-age=31536000, immutable"
            : "public, max-age=60";
        if (full.EndsWith(".css", StringComparison.OrdinalIgnoreCase))
        {
            // Bytes with their ETag: If-None-Match gets a 304 from the framework's file result.
            var css = stylesheets.Get(full);
            return Results.Bytes(css.Bytes, "text/css; charset=utf-8", entityTag: css.ETag);
        }

        return Results.File(full, ContentTypes.TryGetContentType(full, out var type) ? type : "application/octet-stream", enableRangeProcessing: false);
    }
}
