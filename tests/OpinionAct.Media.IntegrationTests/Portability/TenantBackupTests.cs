using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Portability;

/// <summary><c>tenants backup</c> and <c>tenants restore</c>: a consistent snapshot under writes, and every refusal changing nothing.</summary>
public sealed class TenantBackupTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    public static TheoryData<string> Providers => TestStorage.Providers();

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Backup_taken_while_editors_write_should_restore_a_consistent_hub_with_its_media_and_search(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("busy", prefix: "busy", recipe: "demo-brand");
        var file = Path.Combine(storage.DataPath, "busy.backup.zip");

        using var stop = new CancellationTokenSource();
        var written = 0;
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await WriteArticleAsync(host, "busy", $"Écriture concurrente numéro {written + 1}");
                Interlocked.Increment(ref written);
            }
        });
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref written) >= 3), Deadline, "the writer under way");
        var before = Volatile.Read(ref written);

        var backup = await CliRunner.RunAsync(storage, "tenants", "backup", "--name", "busy", "--out", file);

        var after = Volatile.Read(ref written);
        await Eventually.TrueAsync(() => Task.FromResult(Volatile.Read(ref written) >= after + 2), Deadline, "the writer going on after the backup");
        await stop.CancelAsync();
        await writer;
        Assert.True(backup.ExitCode == 0, backup.ToString());

        var restored = await CliRunner.RunAsync(storage, "tenants", "restore", "--name", "busy", "--from", file, "--as", "copy");
        Assert.True(restored.ExitCode == 0, restored.ToString());

        await using var db = host.Get<MediaDatabase>().CreateTenantContext("copy");
        var concurrent = await db.Articles.CountAsync(a => a.Title.StartsWith("Écriture concurrente"));
        Assert.InRange(concurrent, before, after + 1);

        // Each article's row and its revisions were written together: the snapshot holds both or neither.
        var torn = await db.Articles.Where(a => db.ArticleRevisions.Count(r => r.ArticleId == a.Id) != a.RevisionNumber).Select(a => a.Path).ToListAsync();
        Assert.Empty(torn);

        var published = await db.Articles.CountAsync(a => a.Title.StartsWith("Écriture concurrente") && a.Status == (int)ArticleStatus.Published);
        var client = host.Client();
        await Eventually.TrueAsync(async () => await TotalAsync(client, "/copy/api/search?q=concurrente") == published, Deadline, "the copy's search index rebuilt from its database");
        var home = await client.GetStringAsync(new Uri("/copy/", UriKind.Relative));
        var image = System.Text.RegularExpressions.Regex.Match(home, "src=\"(/copy/media/[^\"]+)\"").Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal);
        Assert.NotEmpty(image);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(new Uri(image, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Restore_should_refuse_a_damaged_truncated_or_newer_backup_and_a_running_target_and_change_nothing()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);
        await host.CreateTenantAsync("safe", prefix: "safe", recipe: "demo-brand");
        var file = Path.Combine(storage.DataPath, "safe.zip");
        Assert.Equal(0, (await CliRunner.RunAsync(storage, "tenants", "backup", "--name", "safe", "--out", file)).ExitCode);
        await WriteArticleAsync(host, "safe", "Écrit après la sauvegarde");
        Assert.Equal(1, await TotalAsync(host.Client(), "/safe/api/search?q=concurrente"));
        var bytes = await File.ReadAllBytesAsync(file);

        var truncated = Path.Combine(storage.DataPath, "truncated.zip");
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);
        var damaged = Path.Combine(storage.DataPath, "damaged.zip");
        var flipped = bytes.ToArray();
        for (var i = bytes.Length / 3; i < bytes.Length / 3 + 64; i++)
        {
            flipped[i] ^= 0x5A;
        }

        await File.WriteAllBytesAsync(damaged, flipped);
        var newer = Path.Combine(storage.DataPath, "newer.zip");
        await RewriteManifestAsync(file, newer, manifest => manifest["database"]!["lastMigration"] = "29991231000000_FromTheFuture");

        await AssertRefusedAsync(storage, "damaged, truncated or not a tenant backup", "restore", "--name", "safe", "--from", truncated, "--as", "t1");
        await AssertRefusedAsync(storage, "damaged, truncated or not a tenant backup", "restore", "--name", "safe", "--from", damaged, "--as", "t2");
        await AssertRefusedAsync(storage, "newer than this build", "restore", "--name", "safe", "--from", newer, "--as", "t3");
        await AssertRefusedAsync(storage, "Add --force", "restore", "--name", "safe", "--from", file);
        await AssertRefusedAsync(storage, "holds tenant 'safe'", "restore", "--name", "other", "--from", file, "--as", "t4");
        await AssertRefusedAsync(storage, "already exists", "restore", "--name", "safe", "--from", file, "--as", "safe");
        await AssertRefusedAsync(storage, "does not exist", "restore", "--name", "safe", "--from", Path.Combine(storage.DataPath, "none.zip"), "--as", "t5");

        var names = (await host.Get<ITenantStore>().LoadAsync(default)).Tenants.Select(t => t.Name).Order().ToList();
        Assert.Equal(["safe"], names);
        Assert.Equal(["safe"], Directory.GetDirectories(Path.Combine(storage.DataPath, "tenants")).Select(Path.GetFileName).ToList());
        Assert.Equal(1, await CountAsync(host, "safe", "Écrit après la sauvegarde"));

        var forced = await CliRunner.RunAsync(storage, "tenants", "restore", "--name", "safe", "--from", file, "--force");

        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(0, await CountAsync(host, "safe", "Écrit après la sauvegarde"));
        Assert.Equal(TenantState.Running, (await host.Get<ITenantStore>().FindAsync("safe", default))!.State);
        await Eventually.TrueAsync(async () => await TotalAsync(host.Client(), "/safe/api/search?q=concurrente") == 0, Deadline, "the replaced tenant's index rebuilt");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Restore_should_migrate_a_backup_of_an_older_schema_forward(string provider)
    {
        await using var storage = await TestStorage.CreateAsync(provider);
        await using var host = new MediaHost(storage);
        var database = host.Get<MediaDatabase>();
        var known = host.Get<OpinionAct.Media.Data.Portability.TenantDatabaseBackup>().KnownMigrations("legacy");
        var now = DateTimeOffset.UtcNow;
        // Disabled, so that no node activates it (which migrates it to the latest schema) before it is backed up.
        await host.Get<ITenantStore>().CreateAsync(new TenantDescriptor { Name = "legacy", DisplayName = "Ancien", State = TenantState.Disabled, Prefix = "legacy", CreatedUtc = now, UpdatedUtc = now }, default);
        await database.MigrateTenantAsync("legacy", default, known[^2]);
        await using (var legacy = database.CreateTenantContext("legacy"))
        {
            await legacy.Database.ExecuteSqlRawAsync("INSERT INTO \"Topics\" (\"Slug\", \"Name\", \"Position\") VALUES ('ancien', 'Ancien sujet', 0)");
        }

        var file = Path.Combine(storage.DataPath, "legacy.zip");
        var backup = await CliRunner.RunAsync(storage, "tenants", "backup", "--name", "legacy", "--out", file);
        Assert.True(backup.ExitCode == 0, backup.ToString());
        Assert.Contains(known[^2], backup.Out, StringComparison.Ordinal);

        var restored = await CliRunner.RunAsync(storage, "tenants", "restore", "--name", "legacy", "--from", file, "--as", "upgraded");

        Assert.True(restored.ExitCode == 0, restored.ToString());
        await using var db = database.CreateTenantContext("upgraded");
        Assert.Equal(known, (await db.Database.GetAppliedMigrationsAsync()).ToList());
        Assert.Equal("Ancien sujet", (await db.Topics.SingleAsync()).Name);

        // Ids go on after the restored rows (PostgreSQL's identity sequences were moved past them).
        db.Topics.Add(new OpinionAct.Media.Data.Content.TopicRecord { Slug = "nouveau", Name = "Nouveau", Position = 1 });
        await db.SaveChangesAsync();
        Assert.Equal(2, await db.Topics.CountAsync());
    }

    private static async Task AssertRefusedAsync(TestStorage storage, string reason, params string[] args)
    {
        var result = await CliRunner.RunAsync(storage, ["tenants", .. args]);
        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", result.Error, StringComparison.Ordinal);
    }

    private static async Task WriteArticleAsync(MediaHost host, string tenant, string title)
    {
        var descriptor = (await host.Get<ITenantStore>().FindAsync(tenant, default))!;
        await using var scope = host.Services.CreateTenantScope(descriptor);
        var articles = scope.ServiceProvider.GetRequiredService<ArticleService>();
        var article = await articles.CreateAsync(new ArticleDraft { Title = title + " " + Guid.NewGuid().ToString("N")[..6], Body = "Un texte sur la sauvegarde concurrente." }, ContentActor.System, default);
        await articles.PublishAsync(article.Id, ContentActor.System, null, default);
    }

    private static async Task<int> CountAsync(MediaHost host, string tenant, string titleStart)
    {
        await using var db = host.Get<MediaDatabase>().CreateTenantContext(tenant);
        return await db.Articles.CountAsync(a => a.Title.StartsWith(titleStart));
    }

    private static async Task<int> TotalAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("total").GetInt32() : -1;
    }

    private static async Task RewriteManifestAsync(string source, string target, Action<System.Text.Json.Nodes.JsonNode> change)
    {
        File.Copy(source, target);
        using var zip = System.IO.Compression.ZipFile.Open(target, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry("manifest.json")!;
        System.Text.Json.Nodes.JsonNode manifest;
        await using (var read = entry.Open())
        {
            manifest = (await System.Text.Json.Nodes.JsonNode.ParseAsync(read))!;
        }

        change(manifest);
        entry.Delete();
        await using var write = zip.CreateEntry("manifest.json").Open();
        await write.WriteAsync(System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString()));
    }
}
