namespace OpinionAct.Media.Web.ScaleOut;

/// <summary>
/// What a node says on the tenants channel after it wrote the tenant table: who it is (so it can ignore its own
/// message) and which tenant (for the log; the listener rereads the table either way, the one source of truth).
/// </summary>
internal readonly record struct TenantChangeMessage(string Node, string Tenant)
{
    /// <summary>The channel's name under the cluster prefix.</summary>
    public const string Channel = "tenants";

    public string Format() => Node + "\n" + Tenant;

    public static bool TryParse(string? text, out TenantChangeMessage message)
    {
        var split = text?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        message = split > 0 ? new TenantChangeMessage(text![..split], text[(split + 1)..]) : default;
        return split > 0;
    }
}
