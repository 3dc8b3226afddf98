using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Response compression runs inside the output cache (<see cref="MediaPipeline"/>), so a cached entry holds the bytes
/// as sent: a page is compressed once per encoding when it is built, not on every hit. Each output-cache policy varies
/// its entries by the encoding the compression middleware will pick for the request, asked of the same provider the
/// middleware asks, so that a reader whose <c>Accept-Encoding</c> reads "gzip, deflate, br" and one whose reads
/// "br;q=1, gzip;q=0.5" share the Brotli entry, and a reader who accepts none gets the identity entry.
/// </summary>
public static class CompressedOutputCache
{
    public const string VaryKey = "encoding";

    public static void VaryByEncoding(OutputCacheContext context, IResponseCompressionProvider compression)
    {
        var http = context.HttpContext;
        context.CacheVaryByRules.VaryByValues[VaryKey] = compression.CheckRequestAcceptsCompression(http)
            ? compression.GetCompressionProvider(http)?.EncodingName ?? string.Empty
            : string.Empty;
    }
}
