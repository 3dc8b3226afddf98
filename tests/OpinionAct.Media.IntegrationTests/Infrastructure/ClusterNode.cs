using Microsoft.Extensions.DependencyInjection;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// Starts a cluster member on the test's PostgreSQL database: its own data folder, the cluster's shared master key
/// and the given Redis (a prefix per test keeps tests apart on one server).
/// </summary>
public static class ClusterNode
{
    public static MediaHost Start(TestStorage storage, ClusterSettingsForTest cluster, string dataPath, IDictionary<string, string?>? more = null, Action<IServiceCollection>? services = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Media:DataPath"] = dataPath,
            ["Media:Redis:Configuration"] = cluster.Redis,
            ["Media:Redis:Prefix"] = cluster.Prefix,
            ["Media:DataProtection:MasterKey"] = cluster.MasterKey,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var node = new MediaHost(storage, settings, testServices: services);

        // One after the other, as a rolling start would: each migrates the same host database.
        _ = node.Services;
        return node;
    }
}
