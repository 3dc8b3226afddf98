using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Tests.Hosting;

public sealed class ClusterModeTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, null)]
    [InlineData(DatabaseProvider.Sqlite, " ")]
    [InlineData(DatabaseProvider.Postgres, null)]
    public void Resolve_should_keep_a_lone_node_when_no_redis_is_configured(DatabaseProvider provider, string? redis)
    {
        Assert.False(ClusterMode.Resolve(provider, redis, sharedKeyEncryption: false).IsMember);
    }

    [Fact]
    public void Resolve_should_make_a_cluster_member_when_postgres_redis_and_a_shared_key_are_configured()
    {
        Assert.True(ClusterMode.Resolve(DatabaseProvider.Postgres, "redis:6379", sharedKeyEncryption: true).IsMember);
    }

    [Fact]
    public void Resolve_should_refuse_when_redis_is_configured_with_sqlite()
    {
        var error = Assert.Throws<MediaValidationException>(() => ClusterMode.Resolve(DatabaseProvider.Sqlite, "redis:6379", sharedKeyEncryption: true));
        Assert.Contains("Redis scale-out needs PostgreSQL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_should_refuse_when_a_cluster_member_has_only_a_node_local_key_file()
    {
        var error = Assert.Throws<MediaValidationException>(() => ClusterMode.Resolve(DatabaseProvider.Postgres, "redis:6379", sharedKeyEncryption: false));
        Assert.Contains("Media:DataProtection:MasterKey", error.Message, StringComparison.Ordinal);
    }
}
