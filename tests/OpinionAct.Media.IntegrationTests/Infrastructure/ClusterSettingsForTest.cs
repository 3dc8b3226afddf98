using System.Security.Cryptography;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>What every node of one test cluster shares: the master key, the Redis server and its key prefix.</summary>
public sealed record ClusterSettingsForTest(string MasterKey, string Redis, string Prefix)
{
    /// <summary>A cluster on the test Redis server (<see cref="TestRedis"/>).</summary>
    public static ClusterSettingsForTest WithRedis() => new(NewMasterKey(), TestRedis.Configuration, TestRedis.NewPrefix());

    /// <summary>A cluster whose Redis cannot be reached (degraded mode, or tests that do not use Redis).</summary>
    public static ClusterSettingsForTest WithoutRedis() => new(NewMasterKey(), TestRedis.Unreachable, TestRedis.NewPrefix());

    private static string NewMasterKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
