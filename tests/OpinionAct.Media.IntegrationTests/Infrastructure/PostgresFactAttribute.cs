namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>A test only PostgreSQL can run (a cluster shares its host database): skipped, saying why, without MEDIA_TEST_POSTGRES (CI sets it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(TestStorage.PostgresVariable)) && Environment.GetEnvironmentVariable("CI") != "true")
        {
            Skip = $"No PostgreSQL: set {TestStorage.PostgresVariable} to a server's connection string to run cluster tests.";
        }
    }
}
