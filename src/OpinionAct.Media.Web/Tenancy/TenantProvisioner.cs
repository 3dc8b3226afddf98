using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Recipes;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Recipes;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// Creates, sets up, switches and removes tenants. Everything is validated before anything is
/// written, and a setup that fails is undone whole: no half-created tenant is left behind.
/// </summary>
public sealed class TenantProvisioner(
    ITenantStore store,
    MediaDatabase database,
    RecipeCatalog recipes,
    ThemeCatalog themes,
    TenantRegistry registry,
    TenantActivator activator,
    IServiceProvider services,
    IConfiguration configuration,
    IOptions<MediaOptions> media,
    TimeProvider clock,
    ILogger<TenantProvisioner> logger)
{
    public const string DefaultRecipe = "expert-media";

    /// <summary>Built-in tenant roles: Admin manages the hub, Editor publishes, Author writes own drafts.</summary>
    public static readonly IReadOnlyList<string> BuiltInRoles = ["Admin", "Editor", "Author"];

    /// <summary>How often a node setting up a tenant records that it is still at work.</summary>
    public static readonly TimeSpan SetupHeartbeat = TimeSpan.FromSeconds(15);

    /// <summary>
    /// A tenant still being set up with no heartbeat for this long was left by a process that died
    /// (a crash, a kill, a power cut): any node rolls it back.
    /// </summary>
    public static readonly TimeSpan SetupAbandonedAfter = TimeSpan.FromMinutes(2);

    private static readonly JsonSerializerOptions ReportJson = new() { WriteIndented = false };

    /// <exception cref="MediaValidationException">Invalid name, host, prefix, theme or recipe, or a conflict; nothing was written.</exception>
    public async Task<TenantSetupResult> CreateAsync(TenantCreateRequest request, CancellationToken cancellationToken)
    {
        var tenant = Validate(request);
        var recipe = request.RecipeFile is not null
            ? RecipeCatalog.ReadFile(request.RecipeFile, media.Value.Recipes.MaxBytes)
            : recipes.Get(request.Recipe ?? DefaultRecipe);
        tenant = tenant with { Recipe = recipe.Name };

        await store.CreateAsync(tenant, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        logger.TenantRecorded(tenant.Name, recipe.Name);

        var report = await SetUpAsync(tenant, async () =>
        {
            await database.MigrateTenantAsync(tenant.Name, cancellationToken);
            await InitializeAsync(tenant, cancellationToken);
            return await RunRecipeAsync(tenant, recipe, cancellationToken, request.Theme);
        });

        if (!report.Succeeded)
        {
            logger.TenantRecipeFailed(tenant.Name, report.Summary);
            await UndoAsync(tenant.Name);
            return new TenantSetupResult(null, report);
        }

        activator.MarkActivated(tenant.Name);
        var (theme, siteName) = await ReadSettingsAsync(tenant, cancellationToken);

        // Without a display name of its own, a tenant is listed by the name its recipe gave the
        // site (the demo hub is "Énergies Claires", not "demo"): the same for the CLI and the console.
        var displayName = string.IsNullOrWhiteSpace(request.DisplayName) && TenantInput.IsDisplayName(siteName) ? siteName!.Trim() : tenant.DisplayName;
        tenant = await store.UpdateAsync(tenant with { State = TenantState.Running, Theme = theme, DisplayName = displayName }, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        logger.TenantRunning(tenant.Name);
        return new TenantSetupResult(tenant, report);
    }

    /// <summary>
    /// Runs the setup of a tenant recorded as <see cref="TenantState.Uninitialized"/> (a recipe, a restore) while touching
    /// its row every <see cref="SetupHeartbeat"/>, so that no node rolls it back as abandoned. If the work throws, the
    /// tenant is removed whole (row, database or schema, folder) before the exception goes on.
    /// </summary>
    internal async Task<T> SetUpAsync<T>(TenantDescriptor tenant, Func<Task<T>> work)
    {
        using var heartbeat = new CancellationTokenSource();
        var beating = KeepSetupAliveAsync(tenant, heartbeat.Token);
        T result;
        try
        {
            result = await work();
        }
        catch (Exception ex)
        {
            logger.TenantSetupFailed(ex, tenant.Name);
            await heartbeat.CancelAsync();
            await beating;
            await UndoAsync(tenant.Name);
            throw;
        }

        // Stopped before the state changes, so a late heartbeat cannot write the old state back.
        await heartbeat.CancelAsync();
        await beating;
        return result;
    }

    /// <summary>
    /// Applies a recipe to an existing tenant in one transaction and records it.
    /// <paramref name="theme"/>, when given, overrides the theme the recipe picks.
    /// </summary>
    public async Task<RecipeReport> RunRecipeAsync(TenantDescriptor tenant, RecipeDocument recipe, CancellationToken cancellationToken, string? theme = null)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var provider = scope.ServiceProvider;
        await EnsureBuiltInRolesAsync(provider.GetRequiredService<RoleManager<TenantRole>>());

        var settingsStore = provider.GetRequiredService<SiteSettingsStore>();
        var recipeStore = provider.GetRequiredService<RecipeStore>();
        var options = new RecipeExecutionOptions
        {
            TenantName = tenant.Name,
            Parameters = new Dictionary<string, string>
            {
                ["SiteName"] = tenant.DisplayName,
                ["TenantName"] = tenant.Name,
                ["AdminUserId"] = string.Empty,
                ["AdminUsername"] = string.Empty,
            },
            Configuration = key => configuration[key.Replace('_', ':')] ?? configuration[key],
            AllowedConfiguration = media.Value.Recipes.ReadableConfiguration(),
            Limits = media.Value.Recipes.Limits(),
            BeforeCommit = async (report, ct) =>
            {
                var settings = await settingsStore.GetOrCreateAsync(ct);
                if (string.IsNullOrWhiteSpace(settings.SiteName))
                {
                    settings.SiteName = tenant.DisplayName;
                }

                settings.Theme = theme ?? settings.Theme ?? ThemeCatalog.DefaultTheme;
                recipeStore.AddRun(NewRun(recipe, report));
            },
        };
        var report = await provider.GetRequiredService<RecipeExecutor>().ExecuteAsync(recipe, options, cancellationToken);
        if (!report.Succeeded)
        {
            // Rolled back, but kept in the history: what was refused, and why, is what the agency needs to see next.
            recipeStore.AddRun(NewRun(recipe, report));
            await recipeStore.SaveAsync(cancellationToken);
        }
        else
        {
            // The recipe's transaction is committed: listeners (output cache, search index) hear of it once.
            foreach (var listener in provider.GetServices<IContentChangeListener>())
            {
                await listener.OnContentChangedAsync(tenant.Name, cancellationToken);
            }
        }

        return report;
    }

    private RecipeRunRecord NewRun(RecipeDocument recipe, RecipeReport report) => new()
    {
        Recipe = recipe.Name.Length <= 200 ? recipe.Name : recipe.Name[..200],
        AppliedUtc = clock.GetUtcNow().UtcDateTime,
        ReportJson = JsonSerializer.Serialize(report, ReportJson),
    };

    /// <summary>Rolls back every tenant whose setup stopped sending heartbeats; returns how many.</summary>
    public async Task<int> RollBackAbandonedSetupsAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow() - SetupAbandonedAfter;
        var abandoned = (await store.LoadAsync(cancellationToken)).Tenants
            .Where(t => t.State == TenantState.Uninitialized && t.UpdatedUtc < cutoff)
            .ToList();
        var undone = 0;
        foreach (var tenant in abandoned)
        {
            // Read the row again just before undoing: undoing an earlier tenant of the list takes time, and a heartbeat
            // (or a finished setup) may have arrived since the table was loaded; such a tenant is alive.
            if (await store.FindAsync(tenant.Name, cancellationToken) is not { State: TenantState.Uninitialized } current || current.UpdatedUtc >= cutoff)
            {
                continue;
            }

            logger.TenantSetupAbandoned(tenant.Name, current.UpdatedUtc);
            await UndoAsync(tenant.Name);
            undone++;
        }

        return undone;
    }

    /// <exception cref="MediaValidationException">No such tenant.</exception>
    public async Task<TenantDescriptor> SetStateAsync(string name, TenantState state, CancellationToken cancellationToken)
    {
        var tenant = await store.FindAsync(name, cancellationToken) ?? throw Data.Host.TenantStore.UnknownTenant(name);
        if (tenant.State == TenantState.Uninitialized)
        {
            throw new MediaValidationException($"Tenant '{name}' is still being set up; it cannot be {(state == TenantState.Disabled ? "disabled" : "enabled")} yet.");
        }

        tenant = await store.UpdateAsync(tenant with { State = state }, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        return tenant;
    }

    /// <summary>Removes the tenant's row, then its database or schema, index and media.</summary>
    /// <exception cref="MediaValidationException">No such tenant.</exception>
    public async Task RemoveAsync(string name, CancellationToken cancellationToken)
    {
        await store.RemoveAsync(name, cancellationToken);
        await registry.RefreshAsync(cancellationToken);
        await database.DeleteTenantStorageAsync(name, cancellationToken);
        logger.TenantRemoved(name);
    }

    private TenantDescriptor Validate(TenantCreateRequest request)
    {
        var name = TenantInput.Name(request.Name);
        var hosts = TenantInput.Hosts(request.Hosts);
        var prefix = TenantInput.Prefix(request.Prefix);
        if (prefix is null && hosts.Count == 0)
        {
            prefix = name;
        }

        if (request.Recipe is not null && request.RecipeFile is not null)
        {
            throw new MediaValidationException("Give either a recipe name or a recipe file, not both.");
        }

        var theme = request.Theme is null ? null : TenantInput.Theme(themes, request.Theme);
        var displayName = TenantInput.DisplayName(string.IsNullOrWhiteSpace(request.DisplayName) ? name : request.DisplayName);
        var now = clock.GetUtcNow();
        return new TenantDescriptor
        {
            Name = name,
            DisplayName = displayName,
            State = TenantState.Uninitialized,
            Hosts = hosts,
            Prefix = prefix,
            Theme = theme,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
    }

    private async Task InitializeAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateTenantScope(tenant);
        foreach (var initializer in scope.ServiceProvider.GetServices<ITenantInitializer>())
        {
            await initializer.InitializeAsync(scope.ServiceProvider, cancellationToken);
        }
    }

    private async Task<(string? Theme, string? SiteName)> ReadSettingsAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateTenantScope(tenant);
        var settings = await scope.ServiceProvider.GetRequiredService<SiteSettingsStore>().GetOrCreateAsync(cancellationToken);
        return (settings.Theme, settings.SiteName);
    }

    /// <summary>Touches the tenant's row every <see cref="SetupHeartbeat"/> until stopped.</summary>
    private async Task KeepSetupAliveAsync(TenantDescriptor tenant, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(SetupHeartbeat, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                await store.UpdateAsync(tenant, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Setup finished.
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A missed heartbeat only risks a rollback by another node after SetupAbandonedAfter.
            logger.TenantSetupHeartbeatFailed(ex, tenant.Name);
        }
    }

    internal async Task UndoAsync(string name)
    {
        // Undo with no cancellation: a half-removed tenant is worse than a slow one.
        try
        {
            await store.RemoveAsync(name, CancellationToken.None);
        }
        catch (MediaValidationException)
        {
            // Already gone.
        }

        await database.DeleteTenantStorageAsync(name, CancellationToken.None);
        await registry.RefreshAsync(CancellationToken.None);
    }

    private static async Task EnsureBuiltInRolesAsync(RoleManager<TenantRole> roles)
    {
        foreach (var role in BuiltInRoles)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new TenantRole(role) { Description = $"Built-in {role} role" });
            }
        }
    }
}
