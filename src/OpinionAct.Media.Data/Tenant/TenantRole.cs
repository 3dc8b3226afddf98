using Microsoft.AspNetCore.Identity;

namespace OpinionAct.Media.Data.Tenant;

/// <summary>A role inside one tenant (Admin, Editor, Author, or one a recipe declares).</summary>
public sealed class TenantRole : IdentityRole
{
    public TenantRole() { }

    public TenantRole(string name) : base(name) { }

    public string? Description { get; set; }
}
