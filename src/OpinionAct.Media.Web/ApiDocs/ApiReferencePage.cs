using OpinionAct.Media.Web.Hosting;
using Scalar.AspNetCore;

namespace OpinionAct.Media.Web.ApiDocs;

/// <summary>
/// The readable API reference at <c>/api/docs</c> under a hub's base (Scalar). Scalar's script and the glue script are
/// served by this process from Scalar.AspNetCore's embedded copies (<c>/api/docs/scalar.js</c>), never from a CDN, and
/// its default web fonts are off. The API surface's CSP (<c>default-src 'none'</c>) would show nothing, so this page
/// alone sets its own: scripts from the hub with this response's nonce (the inline configuration), inline styles
/// (Scalar injects them), and fetches to the hub only (the document, and "try it" requests).
/// </summary>
internal static class ApiReferencePage
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapScalarApiReference(ApiDocument.ReferencePath, (options, http) =>
        {
            var nonce = SurfaceHeaders.Nonce(http);
            http.Response.Headers.ContentSecurityPolicy =
                $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; "
                + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
            // Scalar's glue script resolves this relative to the hub's base (the page's path minus /api/docs/), prefix included.
            options.WithTitle("API reference")
                .WithOpenApiRoutePattern(ApiDocument.Route)
                .AddDocument(ApiDocument.Name)
                .WithNonce(nonce)
                .DisableDefaultFonts()
                .DisableAgent()
                .DisableMcp();
        });
}
