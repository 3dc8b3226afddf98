using Microsoft.Extensions.Options;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>How much of its media quota each tenant uses, for the agency console's tenant list and <c>tenants list</c>.</summary>
internal sealed class MediaLibraryUsage(IServiceProvider services, IOptions<MediaOptions> options)
{
    /// <summary>Bytes of masters the tenant holds and its quota (0: none); null when its storage cannot be read (still being set up, removed).</summary>
    public async Task<MediaQuotaUsage?> ForAsync(TenantDescriptor tenant, CancellationToken cancellationToken)
    {
        if (tenant.State == TenantState.Uninitialized)
        {
            return null;
        }

        try
        {
            await using var scope = services.CreateTenantScope(tenant);
            var used = await scope.ServiceProvider.GetRequiredService<MediaStore>().TotalBytesAsync(cancellationToken);
            return new MediaQuotaUsage(used, options.Value.Library.QuotaBytes);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
        {
            // A tenant whose database is gone or not migrated still gets listed, without a figure.
            return null;
        }
    }
}
