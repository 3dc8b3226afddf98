namespace OpinionAct.Media.Web.Apis.Server;

/// <summary>Configuration <c>Media:Apis:Tokens</c>.</summary>
public sealed class ApiTokenOptions
{
    public const string SectionName = "Media:Apis:Tokens";

    /// <summary>
    /// How long a node trusts its last look at a token's row. A revocation is effective at once on the node
    /// that made it and within this interval everywhere else.
    /// </summary>
    public TimeSpan RecheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many verified access tokens a node remembers (<see cref="VerifiedTokens"/>), so that a token used again
    /// skips its signature check; 0 verifies every call. About 3 KB each.
    /// </summary>
    public int VerifiedTokensKept { get; set; } = 4096;
}
