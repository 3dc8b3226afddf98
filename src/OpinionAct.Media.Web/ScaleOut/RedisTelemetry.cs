using OpenTelemetry.Instrumentation.StackExchangeRedis;

namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// Traces Redis commands once the cluster connection exists: it is made in the background after start (and may come
/// only when Redis does), so the instrumentation is handed the connection when <see cref="ClusterRedis"/> connects.
/// </summary>
internal static class RedisTelemetry
{
    public static void Follow(ClusterRedis redis, StackExchangeRedisInstrumentation instrumentation)
    {
        var followed = 0;
        void Attach()
        {
            if (redis.Connection is { } connection && Interlocked.Exchange(ref followed, 1) == 0)
            {
                instrumentation.AddConnection(connection);
            }
        }

        redis.Reconnected += Attach;
        Attach();
    }
}
