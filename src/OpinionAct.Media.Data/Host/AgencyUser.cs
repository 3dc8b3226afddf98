using Microsoft.AspNetCore.Identity;

namespace OpinionAct.Media.Data.Host;

/// <summary>An agency staff account, stored in the host database.</summary>
public sealed class AgencyUser : IdentityUser
{
    public DateTime CreatedUtc { get; set; }
}
