using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.MediaLibrary.Admin;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.MediaLibrary.Usage;

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
        services.AddSingleton<IMediaStorage, FileMediaStorage>();
        services.AddSingleton<MediaVariantCache>();
        services.AddSingleton<MediaVariants>();
        services.AddSingleton<MediaUrlKeys>();
        services.AddScoped<MediaStore>();
        services.AddScoped<MediaUsageFinder>();
        services.AddScoped<MediaLibraryService>();
        services.AddScoped<MediaReferences>();
    }

    public void MapHub(HubRoutes hub) => hub.Public.MapMediaDelivery();

    public void MapAdmin(AdminRoutes admin) => admin.Writers.MapAdminMedia(admin.Publishers);
}
