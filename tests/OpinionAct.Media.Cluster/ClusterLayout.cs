using System.Security.Cryptography;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// Where everything of one run lives: the work folder, the ports, the database and what every node shares
/// (connection string, Redis, master key, SMTP sink). Each node gets its own data folder and name.
/// </summary>
public sealed class ClusterLayout
{
    public ClusterLayout(ClusterOptions options, int smtpPort, int redisPort)
    {
        Options = options;
        Work = Path.GetFullPath(options.Work);
        Database = "media_cluster_" + Guid.NewGuid().ToString("n")[..10];
        BalancerPort = Loopback.FreePort();
        NodePorts = [.. Enumerable.Range(0, options.Nodes).Select(_ => Loopback.FreePort())];
        SmtpPort = smtpPort;
        RedisPort = redisPort;
        Directory.CreateDirectory(Work);
    }

    public ClusterOptions Options { get; }

    public string Work { get; }

    public string Database { get; }

    public int BalancerPort { get; }

    public IReadOnlyList<int> NodePorts { get; }

    public int SmtpPort { get; }

    public int RedisPort { get; }

    public string MasterKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public Uri Balancer => new($"http://127.0.0.1:{BalancerPort}");

    public static string NodeName(int index) => $"node{index + 1}";

    public string ConnectionString(string applicationName) =>
        $"{Options.Postgres};Database={Database};Application Name={applicationName};Timeout=5;Command Timeout=30";

    /// <summary>The settings of a node (or of the CLI, with <paramref name="port"/> null), as environment variables.</summary>
    public Dictionary<string, string> Environment(string name, int? port)
    {
        var settings = new Dictionary<string, string>
        {
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Media__Database__Provider"] = "Postgres",
            ["Media__Database__ConnectionString"] = ConnectionString(name),
            ["Media__Redis__Configuration"] = $"127.0.0.1:{RedisPort}",
            ["Media__Redis__Prefix"] = "cluster:",
            ["Media__DataProtection__MasterKey"] = MasterKey,
            ["Media__DataPath"] = Path.Combine(Work, name),
            ["Media__NodeName"] = name,
            ["Media__PublicOrigin"] = Balancer.ToString().TrimEnd('/'),
            ["Media__TrustedProxies__0"] = "127.0.0.1",
            ["Media__DemoTenant__Enabled"] = "false",
            ["Media__Smtp__Host"] = "127.0.0.1",
            ["Media__Smtp__Port"] = SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Media__Smtp__TlsMode"] = "None",
            ["Media__Newsletters__Sending__MessagesPerSecond"] = "150",
            // A killed node's leased rows go back to the queue after this (5 minutes in production), so the run can see them sent.
            ["Media__Newsletters__Sending__LeaseDuration"] = "00:00:15",
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
        };
        if (port is { } p)
        {
            settings["ASPNETCORE_URLS"] = $"http://127.0.0.1:{p}";
        }

        return settings;
    }
}
