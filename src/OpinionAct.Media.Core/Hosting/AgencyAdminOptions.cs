namespace OpinionAct.Media.Hosting;

/// <summary>
/// <c>Media:Admin</c>: the first agency account, created on first start when no account exists.
/// Without a password here, one is generated and printed once to the console (never logged).
/// </summary>
public sealed class AgencyAdminOptions
{
    public string Email { get; set; } = "admin@localhost";

    public string? Password { get; set; }
}
