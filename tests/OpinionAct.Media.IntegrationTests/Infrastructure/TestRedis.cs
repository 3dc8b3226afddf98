namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// The Redis server of the tests (<c>MEDIA_TEST_REDIS</c>, a host:port that .ci/run starts on loopback). Every test
/// takes its own key and channel prefix, so tests running at once on one server never see each other's counters.
/// </summary>
public static class TestRedis
{
    public const string Variable = "MEDIA_TEST_REDIS";

    /// <summary>A loopback port nothing listens on: a cluster member pointed there runs with Redis unreachable.</summary>
    public const string Unreachable = "127.0.0.1:1,connectRetry=1";

    /// <summary>The test server's configuration string; throws when it is not set (use <see cref="RedisFactAttribute"/>).</summary>
    public static string Configuration =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{Variable} is not set: .ci/run starts Redis for the cluster tests.");

    public static string NewPrefix() => "test-" + Guid.NewGuid().ToString("n")[..12] + ":";
}
