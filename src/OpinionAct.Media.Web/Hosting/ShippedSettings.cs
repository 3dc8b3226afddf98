using Microsoft.Extensions.Configuration.Json;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The <c>appsettings.json</c> built next to the product's dll holds its defaults (log levels above all: without them
/// every request writes four framework log lines, which halved the bare endpoint's throughput when measured by hand).
/// The host reads <c>appsettings.json</c> from the content root, which is the current directory, so a node started
/// from anywhere else (a service manager, a script, the benchmarks) silently ran without those defaults. They are
/// now always read, first, so that a content root's own <c>appsettings.json</c>, environment variables and
/// command-line arguments still override them; the data folder stays relative to the current directory as before.
/// </summary>
internal static class ShippedSettings
{
    public const string FileName = "appsettings.json";

    public static IConfigurationBuilder AddShippedDefaults(this IConfigurationBuilder configuration, string contentRoot, string? shippedFolder = null)
    {
        var folder = Path.GetFullPath(shippedFolder ?? AppContext.BaseDirectory);
        if (string.Equals(folder.TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            return configuration; // already read as the content root's file
        }

        var shipped = new JsonConfigurationSource { Path = FileName, Optional = true, ReloadOnChange = false };
        shipped.FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(folder);
        configuration.Sources.Insert(0, shipped);
        return configuration;
    }
}
