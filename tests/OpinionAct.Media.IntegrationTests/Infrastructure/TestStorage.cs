using Microsoft.Data.Sqlite;
using Npgsql;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// A throwaway data folder, and with PostgreSQL a throwaway database, for one test host. Tests
/// run on SQLite always, and on PostgreSQL when MEDIA_TEST_POSTGRES names a server (.ci/run sets it).
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    public const string PostgresVariable = "MEDIA_TEST_POSTGRES";

    private readonly string? _postgresAdmin;
    private readonly string? _database;

    private TestStorage(string provider, string? postgresAdmin)
    {
        Provider = provider;
        DataPath = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(DataPath);
        if (provider == "Postgres")
        {
            _postgresAdmin = postgresAdmin;
            _database = "media_test_" + Guid.NewGuid().ToString("n")[..12];
        }
    }

    public string Provider { get; }

    public string DataPath { get; }

    public string? ConnectionString => _database is null
        ? null
        : new NpgsqlConnectionStringBuilder(_postgresAdmin) { Database = _database, Pooling = true }.ToString();

    /// <summary>The providers this run covers; in CI, PostgreSQL must be there.</summary>
    public static TheoryData<string> Providers()
    {
        var data = new TheoryData<string> { "Sqlite" };
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable)))
        {
            data.Add("Postgres");
        }
        else if (Environment.GetEnvironmentVariable("CI") == "true")
        {
            throw new InvalidOperationException($"{PostgresVariable} is not set: .ci/run must start PostgreSQL so storage tests run on both providers.");
        }

        return data;
    }

    public static async Task<TestStorage> CreateAsync(string provider = "Sqlite")
    {
        var storage = new TestStorage(provider, Environment.GetEnvironmentVariable(PostgresVariable));
        if (storage._database is not null)
        {
            await using var connection = new NpgsqlConnection(storage._postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{storage._database}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return storage;
    }

    /// <summary>Configuration for a host or CLI run on this storage.</summary>
    public Dictionary<string, string?> Settings(bool demo = false) => new()
    {
        ["Media:DataPath"] = DataPath,
        ["Media:Database:Provider"] = Provider,
        ["Media:Database:ConnectionString"] = ConnectionString,
        ["Media:DemoTenant:Enabled"] = demo ? "true" : "false",
        ["Media:Admin:Email"] = "staff@agency.test",
        ["Media:Admin:Password"] = AgencyPassword,
        ["Media:TenantRefreshInterval"] = "00:00:00.250",

        // Each hub's RSA key is made at its first OpenID request instead of at creation (KeyRotationTests covers creation).
        ["Media:Apis:Keys:AtCreation"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",

        // The console only for errors: formatting the warnings every test host writes (no public origin, keys made
        // at first use...) took a tenth of the suite's CPU, and no test reads the console.
        ["Logging:Console:LogLevel:Default"] = "Error",
    };

    public const string AgencyPassword = "correct horse battery staple";

    public async ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (_database is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task; the temp folder is cleaned by the OS.
        }
    }
}
