namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// A cluster test that needs PostgreSQL and a real Redis: skipped, saying why, without MEDIA_TEST_POSTGRES and
/// MEDIA_TEST_REDIS outside CI (.ci/run starts both).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RedisFactAttribute : FactAttribute
{
    public RedisFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            return;
        }

        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestStorage.PostgresVariable))
            || string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestRedis.Variable)))
        {
            Skip = $"No PostgreSQL or Redis: set {TestStorage.PostgresVariable} and {TestRedis.Variable} (host:port) to run cluster tests with Redis.";
        }
    }
}
