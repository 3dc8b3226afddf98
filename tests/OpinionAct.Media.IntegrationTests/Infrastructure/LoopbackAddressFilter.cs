using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// The in-memory test server leaves the connection's address empty; a real server always has one.
/// Give requests the loopback address, so tests can configure it as a trusted proxy and send
/// readers' addresses in X-Forwarded-For.
/// </summary>
public sealed class LoopbackAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= IPAddress.Loopback;
            return nextMiddleware(context);
        });
        next(app);
    };
}
