using OpinionAct.Media.Content;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.MediaLibrary.Admin;
using OpinionAct.Media.Web.MediaLibrary.Api;
using OpinionAct.Media.Web.MediaLibrary.Cli;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;
using OpinionAct.Media.Web.MediaLibrary.Rendering;
using OpinionAct.Media.Web.MediaLibrary.Recipes;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>
/// Media: each tenant's image library (upload pipeline, content-addressed masters, metadata, usages), the
/// signed variant endpoint with its per-node cache, and the admin, CLI and recipe doors to it. See docs/media.md.
/// </summary>
internal sealed class MediaLibraryModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ImageCodec>();
        services.AddSingleton<ImageDecodeGate>();
        services.AddSingleton<MediaIngest>();
        // The mode alone decides where masters live (docs/scale-out.md, "Media"): a lone node keeps files in its data
        // folder exactly as before; a cluster member keeps them in each tenant's PostgreSQL schema, which every node reads.
        services.AddSingleton<MediaOriginalStore>();
        services.AddSingleton<IMediaStorage>(sp => sp.GetRequiredService<ClusterMode>().IsMember
            ? PostgresStorage(sp)
            : ActivatorUtilities.CreateInstance<FileMediaStorage>(sp));
        services.AddSingleton<MediaVariantCache>();
        services.AddSingleton<SharedMediaCacheCheck>();
        services.AddSingleton<MediaVariants>();
        services.AddSingleton<MediaPrerenderQueue>();
        services.AddSingleton<MediaUrlKeys>();
        services.AddScoped<MediaStore>();
        services.AddScoped<MediaUsageFinder>();
        services.AddScoped<MediaLibraryService>();
        services.AddScoped<MediaReferences>();
        services.AddScoped(sp => new MediaImages(
            sp.GetRequiredService<MediaStore>(), sp.GetRequiredService<MediaUrlKeys>(), sp.GetRequiredService<TenantContext>(), MediaServices.Options(sp)));

        // Recipes, CLI and quota (docs/media.md, "Recipes, CLI and quota").
        services.AddScoped<IRecipeStepHandler, MediaStep>();
        services.AddScoped<IContentItemRewriter, MediaPathRewriter>();
        services.AddSingleton<MediaLibraryUsage>();
        services.AddSingleton<ITenantResourceOwner, MediaTenantResources>();
    }

    private static PostgresMediaStorage PostgresStorage(IServiceProvider sp)
    {
        var storage = ActivatorUtilities.CreateInstance<PostgresMediaStorage>(sp);
        sp.GetRequiredService<ILogger<PostgresMediaStorage>>().OriginalsInPostgres(NodeNames.Resolve(MediaServices.Options(sp).NodeName), MediaServices.Options(sp).DataPath);
        return storage;
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<MediaPrerenderQueue>());
        services.AddHostedService<MediaPrerenderWorker>();
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(["media", "import"], "media import --tenant N PATH...   (files or folders; exit code 1 if any file failed)", MediaCommands.ImportAsync, CliCommand.OneOrMore),
        new(["media", "list"], "media list --tenant N [--json]   (with public master and variant URLs)", MediaCommands.ListAsync),
        new(["media", "regenerate"], "media regenerate --tenant N   (drops this node's variant cache and renders it again)", MediaCommands.RegenerateAsync),
        new(["media", "usage"], "media usage --tenant N --id ID [--json]", MediaCommands.UsageAsync),
        new(["media", "generate-demo"], "media generate-demo --out DIR   (draws the demo brand's pictures)", MediaCommands.GenerateDemoAsync),
        new(["media", "originals", "share"], "media originals share --tenant N   (cluster member: copies this node's media files of a formerly lone hub into PostgreSQL)", MediaShareCommand.ShareAsync),
        new(["media", "keys", "rotate"], "media keys rotate --tenant N   (new URL signing key; old URLs keep working)", MediaCommands.RotateKeysAsync),
    ];

    public void MapHub(HubRoutes hub) => hub.Public.MapMediaDelivery();

    public void MapAdmin(AdminRoutes admin) => admin.Writers.MapAdminMedia(admin.Publishers);

    public void MapApi(ApiRoutes api) => AdminMediaApi.Map(api);
}
