using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Accounts;

namespace OpinionAct.Media.Data.Tenant;

/// <summary>A brand editor, expert or administrator; stored in the tenant's own database.</summary>
public sealed class TenantUser : IdentityUser, ITotpUser
{
    public DateTime CreatedUtc { get; set; }

    /// <summary>The name the person gave when accepting an invitation (null for accounts made otherwise).</summary>
    public string? DisplayName { get; set; }

    public long? TotpLastStep { get; set; }
}
