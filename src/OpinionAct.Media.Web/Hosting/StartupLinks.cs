using Microsoft.AspNetCore.Http;
using OpinionAct.Media.Tenants;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Where a person who just started the node goes next: the agency console, the demo hub and its
/// admin, and the command that gives them an editor account there. Built from the addresses the
/// server listens on, so <c>--urls http://127.0.0.1:0</c> prints the port the system picked.
/// </summary>
internal sealed record StartupLinks(string Console, string? DemoSite, string? DemoAdmin, string? EditorCommand)
{
    /// <param name="addresses">The server's addresses after it started (<c>IServerAddressesFeature</c>).</param>
    /// <param name="demo">The demo hub when it exists and runs; null prints no demo lines.</param>
    public static StartupLinks Build(IEnumerable<string> addresses, TenantDescriptor? demo)
    {
        var origin = Origin(addresses);
        var demoRoot = demo is null
            ? null
            : (origin is null ? string.Empty : PublicOrigins.Compose(demo, new Uri(origin + "/"))) + (demo.Prefix is null ? string.Empty : "/" + demo.Prefix);
        return new StartupLinks(
            (origin ?? string.Empty) + "/admin",
            demoRoot is null ? null : demoRoot + "/",
            demoRoot is null ? null : demoRoot + "/admin",
            demo is null ? null : $"users add --tenant {demo.Name} --email E --role Admin");
    }

    /// <summary>
    /// One origin a browser on this machine can open: https before http (what a developer certificate
    /// is for), and a wildcard binding (<c>0.0.0.0</c>, <c>[::]</c>, <c>+</c>, <c>*</c>) as <c>localhost</c>.
    /// Unix sockets cannot be opened in a browser and are skipped; null when nothing is left.
    /// </summary>
    private static string? Origin(IEnumerable<string> addresses)
    {
        var bindings = addresses
            .Select(a => Parse(a))
            .OfType<BindingAddress>()
            .Where(b => !b.IsUnixPipe && b.Scheme is "http" or "https")
            .OrderBy(b => b.Scheme == "https" ? 0 : 1)
            .ToList();
        if (bindings.Count == 0)
        {
            return null;
        }

        var binding = bindings[0];
        var host = binding.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*" ? "localhost" : binding.Host;
        var defaultPort = binding.Scheme == "https" ? 443 : 80;
        var port = binding.Port == defaultPort ? string.Empty : ":" + binding.Port;
        return $"{binding.Scheme}://{host}{port}{binding.PathBase.TrimEnd('/')}";
    }

    private static BindingAddress? Parse(string address)
    {
        try
        {
            return BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
