using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// gzip and Brotli for what readers download: pages, feeds, sitemap, JSON, the tracker and theme
/// stylesheets, over HTTP and HTTPS. Staff pages and the per-reader subscription pages are never
/// compressed (<see cref="SurfaceCompressionProvider"/>; BREACH, see docs/security.md).
/// </summary>
public static class MediaCompression
{
    // Beyond the framework's defaults (text/html, text/css, application/javascript, JSON, XML, text/plain).
    private static readonly string[] ExtraMimeTypes =
    [
        "text/javascript", "application/rss+xml", "application/atom+xml", "application/problem+json", "image/svg+xml",
    ];

    public static IServiceCollection AddMediaCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, .. ExtraMimeTypes];
        });

        // Cached pages are compressed once per encoding (CompressedOutputCache), but search pages and answers,
        // and every page of a node whose output cache is off, are compressed on every request: Fastest (Brotli
        // quality 1, gzip level 1) adds about 0.1–0.2 ms of CPU per page against Optimal's 0.2–0.3 ms, for 0.7 KB
        // more per page (figures in docs/security.md#compression).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.AddSingleton<IResponseCompressionProvider, SurfaceCompressionProvider>();
        return services;
    }
}
