namespace OpinionAct.Media.Data.Accounts;

/// <summary>The agency's rules for a hub's accounts (one row, id 1): whether every editor must sign in with a second factor.</summary>
public sealed class AccountPolicyRecord
{
    public int Id { get; set; } = 1;

    public bool RequireTwoFactor { get; set; }
}
