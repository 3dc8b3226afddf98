using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Portability.Cli;

/// <summary><c>tenants export | backup | restore</c>.</summary>
internal static class PortabilityCommands
{
    public static async Task<int> ExportAsync(CliContext cli)
    {
        var name = cli.Arguments.Required("name");
        var output = cli.Arguments.Option("out");
        var options = new RecipeExportOptions(IncludeMedia: cli.Arguments.Flag("include-media"));
        cli.Arguments.RejectUnknownOptions();
        var tenant = await cli.TenantAsync(name);

        await using var scope = cli.Services.CreateTenantScope(tenant);
        var exporter = scope.ServiceProvider.GetRequiredService<RecipeExporter>();
        if (output is null)
        {
            await using var stdout = new TextWriterStream(cli.Out);
            await exporter.WriteAsync(stdout, options, CancellationToken.None);
            await cli.Out.WriteLineAsync();
            return MediaCli.Success;
        }

        var summary = await PartialFile.WriteAsync(output, stream => exporter.WriteAsync(stream, options, CancellationToken.None));
        await cli.Out.WriteLineAsync($"Exported '{tenant.Name}' to {Path.GetFullPath(output)}: {summary}.");
        await WarnAboveRecipeLimitAsync(cli, summary.Bytes);
        return MediaCli.Success;
    }

    public static async Task<int> BackupAsync(CliContext cli)
    {
        var name = cli.Arguments.Required("name");
        var output = cli.Arguments.Required("out");
        cli.Arguments.RejectUnknownOptions();
        var tenant = await cli.TenantAsync(name);
        if (tenant.IsHost)
        {
            throw new MediaValidationException("The agency's own tenant is not backed up with 'tenants backup'; back up the data folder's host database and key ring (docs/portability.md).");
        }

        var manifest = await PartialFile.WriteAsync(output, stream => cli.Get<TenantBackups>().WriteAsync(tenant, stream, CancellationToken.None));
        var bytes = new FileInfo(output).Length;
        await cli.Out.WriteLineAsync(
            $"Backed up '{tenant.Name}' to {Path.GetFullPath(output)}: database at schema {manifest.Database.LastMigration}, {manifest.Media.Count} media file(s), {bytes / 1024.0 / 1024.0:N1} MB.");
        return MediaCli.Success;
    }

    public static async Task<int> RestoreAsync(CliContext cli)
    {
        var request = new TenantRestoreRequest(cli.Arguments.Required("name"), cli.Arguments.Required("from"), cli.Arguments.Option("as"), cli.Arguments.Flag("force"));
        cli.Arguments.RejectUnknownOptions();
        var tenant = await cli.Get<TenantRestorer>().RestoreAsync(request, CancellationToken.None);
        await cli.Out.WriteLineAsync($"Restored '{request.Name}' from {Path.GetFullPath(request.From)} as '{tenant.Name}' ({tenant.State}); every node rebuilds its search index of it before its next search.");
        return MediaCli.Success;
    }

    private static async Task WarnAboveRecipeLimitAsync(CliContext cli, long bytes)
    {
        var limit = MediaServices.Options(cli.Services).Recipes.MaxBytes;
        if (bytes > limit)
        {
            await cli.Error.WriteLineAsync($"warning: the file is larger than this installation reads as a recipe ({limit / 1024 / 1024} MB, Media:Recipes:MaxBytes); raise that limit where it is imported, or move the hub with 'tenants backup' and 'tenants restore'.");
        }
    }
}
