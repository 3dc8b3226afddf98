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
}
