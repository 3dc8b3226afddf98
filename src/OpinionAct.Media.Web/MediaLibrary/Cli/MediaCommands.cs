using System.Globalization;
using System.Text.Json;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Cli;

/// <summary><c>media import | list | regenerate | usage | keys rotate | generate-demo</c>: the library from a terminal.</summary>
internal static class MediaCommands
{
    public const string UploadedBy = "cli";

    /// <summary>
    /// Imports files and folders (recursively) through the pipeline. Each file's library path is its name, or its
    /// path under the folder given, so importing the same files again replaces or keeps them instead of duplicating.
    /// </summary>
    public static async Task<int> ImportAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        cli.Arguments.RejectUnknownOptions();
        var failed = 0;
        var imported = 0;
        var files = new List<(string File, string LibraryPath)>();
        foreach (var argument in cli.Arguments.Words.Skip(2))
        {
            if (File.Exists(argument))
            {
                files.Add((argument, Path.GetFileName(argument)));
            }
            else if (Directory.Exists(argument))
            {
                files.AddRange(Directory.EnumerateFiles(argument, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .Select(f => (f, Path.GetRelativePath(argument, f).Replace(Path.DirectorySeparatorChar, '/'))));
            }
            else
            {
                failed++;
                await cli.Error.WriteLineAsync($"error: {argument}: no such file or folder.");
            }
        }

        await using var scope = cli.Services.CreateTenantScope(tenant);
        var library = scope.ServiceProvider.GetRequiredService<MediaLibraryService>();
        foreach (var (file, libraryPath) in files)
        {
            try
            {
                var target = MediaLibraryPath.Normalize(libraryPath, out var error) ?? throw new MediaValidationException(error!);
                await using var content = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);
                var (item, outcome) = await library.ImportAsync(content, Path.GetFileName(file), details: null, target, UploadedBy, CancellationToken.None);
                imported++;
                await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{outcome.ToString().ToLowerInvariant(),-9} {file} -> {MediaReference.For(item.Id)} ({item.Width}x{item.Height}, {MediaSizes.Describe(item.Bytes)})"));
            }
            catch (Exception ex) when (ex is MediaValidationException or ContentValidationException or IOException or UnauthorizedAccessException)
            {
                failed++;
                await cli.Error.WriteLineAsync($"error: {file}: {ex.Message}");
            }
        }

        await cli.Out.WriteLineAsync($"{imported} file(s) imported into '{tenant.Name}', {failed} failed.");
        return failed == 0 ? MediaCli.Success : MediaCli.Failure;
    }

    /// <summary>Every item with its public master URL and the URLs of its pre-rendered variants (absolute, signed).</summary>
    public static async Task<int> ListAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var provider = scope.ServiceProvider;
        var store = provider.GetRequiredService<MediaStore>();
        var widths = await provider.GetRequiredService<MediaLibraryService>().DeclaredWidthsAsync(CancellationToken.None);
        var ring = await cli.Get<MediaUrlKeys>().RingAsync(tenant.Name, store, CancellationToken.None);
        var urls = new MediaUrls(cli.Get<PublicOrigins>().BaseUrl(tenant), ring);
        var items = (await store.AllAsync(CancellationToken.None)).Select(item => new MediaListEntry(
            item.Id,
            item.FileName,
            item.LibraryPath,
            ((MediaFormat)item.Format).Extension(),
            item.Width,
            item.Height,
            item.Bytes,
            item.AltText,
            item.Decorative,
            item.Caption,
            item.Credit,
            item.Licence,
            urls.Master(item),
            MediaRenditions.Declared(item, widths).Select(spec => new MediaListVariant(spec.ToString(), urls.Variant(item, spec))).ToList())).ToList();
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(items, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync($"{"ID",6} {"SIZE",9} {"PIXELS",11}  {"FILE",-32} ALT");
        foreach (var item in items)
        {
            var pixels = string.Create(CultureInfo.InvariantCulture, $"{item.Width}x{item.Height}");
            var alt = item.Decorative ? "(decorative)" : item.AltText ?? "(no alt text)";
            await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{item.Id,6} {MediaSizes.Describe(item.Bytes),9} {pixels,11}  {item.LibraryPath ?? item.FileName,-32} {alt}"));
            await cli.Out.WriteLineAsync($"{string.Empty,6} master  {item.MasterUrl}");
            foreach (var variant in item.Variants)
            {
                await cli.Out.WriteLineAsync($"{string.Empty,6} {variant.Spec,-7} {variant.Url}");
            }
        }

        await cli.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{items.Count} item(s), {MediaSizes.Describe(items.Sum(i => i.Bytes))}."));
        return MediaCli.Success;
    }

    /// <summary>Drops this node's variant cache of the tenant and renders every declared variant again from the masters.</summary>
    public static async Task<int> RegenerateAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var provider = scope.ServiceProvider;
        var widths = await provider.GetRequiredService<MediaLibraryService>().DeclaredWidthsAsync(CancellationToken.None);
        var variants = cli.Get<MediaVariants>();
        cli.Get<MediaVariantCache>().DropAll(tenant.Name);
        var rendered = 0;
        var missing = new List<int>();
        foreach (var item in await provider.GetRequiredService<MediaStore>().AllAsync(CancellationToken.None))
        {
            foreach (var spec in MediaRenditions.Declared(item, widths))
            {
                if (await variants.EnsureAsync(tenant.Name, item, spec, CancellationToken.None) is null)
                {
                    missing.Add(item.Id);
                    break;
                }

                rendered++;
            }
        }

        await cli.Out.WriteLineAsync($"Variant cache of '{tenant.Name}' dropped; {rendered} variant(s) rendered again.");
        if (missing.Count > 0)
        {
            await cli.Error.WriteLineAsync($"error: the master file of item(s) {string.Join(", ", missing)} is missing from storage.");
            return MediaCli.Failure;
        }

        return MediaCli.Success;
    }

    public static async Task<int> UsageAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        var id = Id(cli.Arguments.Required("id"));
        var json = cli.Arguments.Flag("json");
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var item = await scope.ServiceProvider.GetRequiredService<MediaStore>().FindAsync(id, CancellationToken.None)
            ?? throw new MediaValidationException($"Tenant '{tenant.Name}' has no media item {id}. 'media list --tenant {tenant.Name}' shows its items.");
        var usages = await scope.ServiceProvider.GetRequiredService<MediaUsageFinder>().FindAsync(id, CancellationToken.None);
        if (json)
        {
            await cli.Out.WriteLineAsync(JsonSerializer.Serialize(usages, MediaCli.Json));
            return MediaCli.Success;
        }

        await cli.Out.WriteLineAsync(usages.Count == 0
            ? $"Media item {id} ({item.FileName}) is not used anywhere."
            : $"Media item {id} ({item.FileName}) is used by {usages.Count} place(s):");
        foreach (var usage in usages)
        {
            await cli.Out.WriteLineAsync($"  {usage}  /admin{usage.AdminPath}");
        }

        return MediaCli.Success;
    }

    /// <summary>Adds a signing key: new variant URLs use it, URLs already out keep verifying with the older keys.</summary>
    public static async Task<int> RotateKeysAsync(CliContext cli)
    {
        var tenant = await cli.TenantAsync();
        cli.Arguments.RejectUnknownOptions();
        await using var scope = cli.Services.CreateTenantScope(tenant);
        var key = await cli.Get<MediaUrlKeys>().RotateAsync(tenant.Name, scope.ServiceProvider.GetRequiredService<MediaStore>(), CancellationToken.None);
        await cli.Out.WriteLineAsync($"New URL signing key '{key}' for '{tenant.Name}': new image URLs are signed with it; URLs signed with older keys keep working. Running nodes pick it up within 5 minutes.");
        return MediaCli.Success;
    }

    /// <summary>Draws the demo brand's pictures into a folder (what <c>recipes/demo-brand-media/</c> holds).</summary>
    public static async Task<int> GenerateDemoAsync(CliContext cli)
    {
        var folder = cli.Arguments.Required("out");
        cli.Arguments.RejectUnknownOptions();
        var written = DemoImages.Write(folder);
        foreach (var (file, bytes) in written)
        {
            await cli.Out.WriteLineAsync($"{MediaSizes.Describe(bytes),8}  {Path.Combine(folder, file)}");
        }

        await cli.Out.WriteLineAsync($"{written.Count} picture(s), {MediaSizes.Describe(written.Sum(w => w.Bytes))} in all.");
        return MediaCli.Success;
    }

    private static int Id(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new CliUsageException($"--id must be a media item id (a whole number such as 12), not '{text}'.");
}
