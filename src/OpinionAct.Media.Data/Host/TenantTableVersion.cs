namespace OpinionAct.Media.Data.Host;

/// <summary>
/// A single-row counter bumped in the same transaction as every tenant change; each node polls it
/// and reloads its tenant table only when it moves.
/// </summary>
public sealed class TenantTableVersion
{
    public int Id { get; set; }

    public long Version { get; set; }
}
