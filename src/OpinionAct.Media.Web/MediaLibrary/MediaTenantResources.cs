using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.MediaLibrary.Delivery;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>
/// Lets a stopped or removed tenant's URL keys go from this node's cache, so a tenant created again under the
/// same name never signs with the old one's keys. Its media and media-cache folders sit in the tenant's folder,
/// which removal deletes whole.
/// </summary>
internal sealed class MediaTenantResources(MediaUrlKeys keys) : ITenantResourceOwner
{
    public void Release(string tenant) => keys.Forget(tenant);
}
