using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Accounts;

namespace OpinionAct.Media.Data.Host;

/// <summary>An agency staff account, stored in the host database.</summary>
public sealed class AgencyUser : IdentityUser, ITotpUser
{
    public DateTime CreatedUtc { get; set; }

    public long? TotpLastStep { get; set; }

    /// <summary>The console's language for this person ("fr" or "en"); null follows the browser's languages.</summary>
    public string? Language { get; set; }
}
