using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Accounts;

namespace OpinionAct.Media.Data.Host;

/// <summary>An agency staff account, stored in the host database.</summary>
public sealed class AgencyUser : IdentityUser, ITotpUser
{
    public DateTime CreatedUtc { get; set; }

    public long? TotpLastStep { get; set; }
}
