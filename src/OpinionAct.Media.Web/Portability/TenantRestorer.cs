using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// <c>tenants restore</c>. Every check comes first (the file's checksums, its format and schema version, the names),
/// then the database is rebuilt under a staging name at the backup's schema version and migrated forward, and only
/// then swapped in. A new tenant (a removed one, or <c>--as NEW</c>) is recorded as being set up until it is whole; an
/// existing one (<c>--force</c>) is disabled for the swap, so every node lets go of its files first. Every node then
/// rebuilds its search index of the tenant from the restored database.
/// </summary>
internal sealed class TenantRestorer(
    TenantDatabaseBackup databases,
    MediaDatabase database,
    IMediaStorage storage,
    ITenantStore store,
    TenantRegistry registry,
    TenantProvisioner provisioner,
    TenantActivator activator,
    IServiceProvider services,
    IOptions<MediaOptions> options,
    TimeProvider clock)
{
    public async Task<TenantDescriptor> RestoreAsync(TenantRestoreRequest request, CancellationToken cancellationToken)
    {
        var name = TenantInput.Name(request.Name);
        var target = request.As is null ? name : TenantInput.Name(request.As);
        using var archive = await BackupArchive.OpenAsync(request.From, cancellationToken);
        var manifest = archive.Manifest!;
        Check(manifest, name, target);

        var existing = await store.FindAsync(target, cancellationToken);
        if (existing is not null)
        {
            if (request.As is not null)
            {
                throw new MediaValidationException($"Tenant '{target}' already exists; --as names a new tenant. Nothing was changed.");
            }

            if (existing.IsHost || existing.State == TenantState.Uninitialized)
            {
                throw new MediaValidationException($"Tenant '{target}' is {(existing.IsHost ? "the agency's own tenant" : "still being set up")}; it cannot be restored over. Nothing was changed.");
            }

            if (!request.Force)
            {
                throw new MediaValidationException($"Tenant '{target}' exists and is {existing.State.ToString().ToLowerInvariant()}; restoring over it replaces everything it holds now. Add --force to do so, or restore beside it with --as NEW. Nothing was changed.");
            }

            return await ReplaceAsync(existing, archive, cancellationToken);
        }

        return await CreateAsync(target, manifest, besideOriginal: request.As is not null, archive, cancellationToken);
    }

    private void Check(BackupManifest manifest, string name, string target)
    {
        if (manifest.Tenant.Name != name)
        {
            throw new MediaValidationException($"The backup holds tenant '{manifest.Tenant.Name}', not '{name}': give --name {manifest.Tenant.Name} (with --as NEW to restore it under another name). Nothing was changed.");
        }

        var provider = options.Value.Database.Provider.ToString();
        if (!string.Equals(manifest.Provider, provider, StringComparison.OrdinalIgnoreCase))
        {
            throw new MediaValidationException($"The backup was made on {manifest.Provider} and this installation runs {provider}; restore it on a {manifest.Provider} installation, or move the hub with 'tenants export'. Nothing was changed.");
        }

        var known = databases.KnownMigrations(target);
        if (!known.Contains(manifest.Database.LastMigration, StringComparer.Ordinal))
        {
            throw new MediaValidationException($"The backup's schema version {manifest.Database.LastMigration} is newer than this build's ({known[^1]}); restore it with the build that made it ({manifest.Product ?? "unknown"}) or a later one. Nothing was changed.");
        }
    }

    private async Task<TenantDescriptor> CreateAsync(string target, BackupManifest manifest, bool besideOriginal, BackupArchive archive, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();

        // Beside the original, the copy gets its name as its address: the original keeps its hosts and prefix.
        var tenant = new TenantDescriptor
        {
            Name = target,
            DisplayName = manifest.Tenant.DisplayName,
            State = TenantState.Uninitialized,
            Hosts = besideOriginal ? [] : manifest.Tenant.Hosts,
            Prefix = besideOriginal ? target : manifest.Tenant.Prefix,
            Theme = manifest.Tenant.Theme,
            Recipe = manifest.Tenant.Recipe,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        await store.CreateAsync(tenant, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        await provisioner.SetUpAsync(tenant, async () =>
        {
            await ReplaceStorageAsync(target, archive, pastIndexLogId: 0, cancellationToken);
            return true;
        });

        return await FinishAsync(tenant, TenantState.Running, cancellationToken);
    }

    private async Task<TenantDescriptor> ReplaceAsync(TenantDescriptor tenant, BackupArchive archive, CancellationToken cancellationToken)
    {
        var staging = await LoadStagingAsync(archive, cancellationToken);
        try
        {
            // Disabled for the swap: each node releases the tenant (its connections, its open files) on its next refresh.
            await store.UpdateAsync(tenant with { State = TenantState.Disabled }, cancellationToken);
            await registry.RefreshAsync(cancellationToken);
            await Task.Delay(options.Value.TenantRefreshInterval * 2 + TimeSpan.FromMilliseconds(500), clock, cancellationToken);
            var pastIndexLogId = await databases.LastIndexLogIdAsync(tenant.Name, cancellationToken);
            await SwapInAsync(staging, tenant.Name, archive, pastIndexLogId, cancellationToken);
        }
        catch
        {
            await database.DeleteTenantStorageAsync(staging, CancellationToken.None);
            await store.UpdateAsync(tenant, CancellationToken.None);
            await registry.RefreshAsync(CancellationToken.None);
            throw;
        }

        return await FinishAsync(tenant, tenant.State, cancellationToken);
    }

    private async Task ReplaceStorageAsync(string target, BackupArchive archive, long pastIndexLogId, CancellationToken cancellationToken)
    {
        var staging = await LoadStagingAsync(archive, cancellationToken);
        try
        {
            await SwapInAsync(staging, target, archive, pastIndexLogId, cancellationToken);
        }
        catch
        {
            await database.DeleteTenantStorageAsync(staging, CancellationToken.None);
            throw;
        }
    }

    /// <summary>The backed-up database under a fresh staging name, migrated to this build's schema.</summary>
    private async Task<string> LoadStagingAsync(BackupArchive archive, CancellationToken cancellationToken)
    {
        // Tenant names start with a letter: this one can never be a tenant's.
        var staging = "_restore_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await databases.LoadAsync(staging, archive.Manifest!.Database, archive, cancellationToken);
            return staging;
        }
        catch
        {
            await database.DeleteTenantStorageAsync(staging, CancellationToken.None);
            throw;
        }
    }

    private async Task SwapInAsync(string staging, string target, BackupArchive archive, long pastIndexLogId, CancellationToken cancellationToken)
    {
        await databases.RequestIndexRebuildAsync(staging, pastIndexLogId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        // Masters kept in the tenant's database (a cluster member) go into the staging one, which becomes the tenant's
        // below; written into the current one, the swap would drop them. Files go beside the tenant's database as before.
        var mediaOwner = storage.InTenantDatabase ? staging : target;
        foreach (var file in archive.Manifest!.Media)
        {
            await using var content = archive.Open(file.Entry);
            await storage.PutAsync(mediaOwner, file.Hash, file.Format, content, cancellationToken);
        }

        await databases.SwapAsync(staging, target, cancellationToken);
        await database.DeleteTenantStorageAsync(staging, CancellationToken.None);
        await database.MigrateTenantAsync(target, cancellationToken);
    }

    /// <summary>The tenant back in <paramref name="state"/>, with the theme its restored settings name, and every node told its content changed.</summary>
    private async Task<TenantDescriptor> FinishAsync(TenantDescriptor tenant, TenantState state, CancellationToken cancellationToken)
    {
        activator.MarkActivated(tenant.Name);
        string? theme;
        await using (var scope = services.CreateTenantScope(tenant))
        {
            theme = (await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetOrCreateAsync(cancellationToken)).Theme;
        }

        var current = await store.FindAsync(tenant.Name, cancellationToken) ?? tenant;
        var restored = await store.UpdateAsync(current with { State = state, Theme = theme ?? current.Theme }, cancellationToken);
        await store.BumpContentVersionAsync(tenant.Name, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        return restored;
    }
}
