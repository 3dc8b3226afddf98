using Npgsql;

namespace OpinionAct.Media.Benchmarks;

/// <summary>A PostgreSQL database created for one benchmark run on the server MEDIA_BENCH_POSTGRES names, dropped after.</summary>
internal sealed class ThrowawayDatabase : IAsyncDisposable
{
    private readonly string _admin;
    private readonly string _name;

    private ThrowawayDatabase(string admin, string name)
    {
        _admin = admin;
        _name = name;
    }

    public string ConnectionString => new NpgsqlConnectionStringBuilder(_admin) { Database = _name, Pooling = true }.ToString();

    public static async Task<ThrowawayDatabase> CreateAsync(string admin)
    {
        var database = new ThrowawayDatabase(admin, "media_bench_" + Guid.NewGuid().ToString("n")[..12]);
        await database.ExecuteAsync($"CREATE DATABASE \"{database._name}\"");
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
