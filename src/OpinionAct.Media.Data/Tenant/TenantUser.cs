using Microsoft.AspNetCore.Identity;

namespace OpinionAct.Media.Data.Tenant;

/// <summary>A brand editor, expert or administrator; stored in the tenant's own database.</summary>
public sealed class TenantUser : IdentityUser
{
    public DateTime CreatedUtc { get; set; }
}
