using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The framework's choice of encoding, refused for responses that hold a secret next to what the
/// requester typed: staff pages (antiforgery tokens, echoed form values) and the subscription pages
/// (a signed token, an antiforgery token and the reader's email). Compressing those would let a
/// page on another site guess the secret from response sizes (BREACH). Needs the tenant: place it
/// after tenant resolution.
/// </summary>
public sealed class SurfaceCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : IResponseCompressionProvider
{
    private readonly ResponseCompressionProvider _inner = new(services, options);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) => _inner.GetCompressionProvider(context);

    public bool ShouldCompressResponse(HttpContext context) => _inner.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) =>
        Compressible(context) && _inner.CheckRequestAcceptsCompression(context);

    /// <summary>Whether a response to this request may be compressed at all, whatever its type.</summary>
    public static bool Compressible(HttpContext context)
    {
        var path = context.Request.Path;
        return SurfaceHeaders.Classify(context) is not (ResponseSurface.EditorAdmin or ResponseSurface.AgencyConsole)
            && !path.StartsWithSegments("/subscribe", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/newsletters", StringComparison.OrdinalIgnoreCase);
    }
}
