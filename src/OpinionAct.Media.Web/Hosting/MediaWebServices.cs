using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Registers the web-only parts: the editor admin shell, antiforgery bound to the tenant, trusted proxies, compression, then every module's web services.</summary>
public static class MediaWebServices
{
    public static IServiceCollection AddMediaWeb(this IServiceCollection services)
    {
        services.AddEditorAdmin();
        services.AddRazorComponents();

        // Accented French stays readable in the admin's source, as in every other page; markup characters are still encoded.
        services.AddWebEncoders(encoders => encoders.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = ".media.antiforgery";

            // Secure whenever the reader's request was HTTPS, directly or through a trusted proxy (forwarded headers run first).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;

            // Framing is every surface's policy (SurfaceHeaders), not a side effect of issuing a token.
            options.SuppressXFrameOptionsHeader = true;
        });
        services.AddSingleton<TrustedProxies>();
        services.AddOptions<ForwardedHeadersOptions>().Configure<TrustedProxies>((forwarded, proxies) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Walk back through every trusted hop, and trust nobody by default (not even loopback): the list is the operator's.
            forwarded.ForwardLimit = null;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in proxies.Addresses)
            {
                forwarded.KnownProxies.Add(proxy);
                if (proxy.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                {
                    forwarded.KnownProxies.Add(proxy.MapToIPv6());
                }
            }
        });
        services.AddSingleton<IAntiforgeryAdditionalDataProvider, TenantAntiforgeryData>();
        services.AddMediaCompression();

        // First, so a cluster member that shares its data folder with a running node is refused before anything starts.
        services.AddHostedService<DataPathLock>();
        foreach (var module in Program.Modules)
        {
            module.AddWebServices(services);
        }

        return services;
    }
}
