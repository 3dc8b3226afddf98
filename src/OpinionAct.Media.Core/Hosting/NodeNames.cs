namespace OpinionAct.Media.Hosting;

/// <summary>How a node names itself when <see cref="MediaOptions.NodeName"/> is not set.</summary>
public static class NodeNames
{
    /// <summary>
    /// The configured name, or the machine name and process id: two processes on one machine (the cluster script's
    /// three nodes on loopback) then still differ.
    /// </summary>
    public static string Resolve(string? configured) =>
        string.IsNullOrWhiteSpace(configured) ? $"{Environment.MachineName}-{Environment.ProcessId}" : configured.Trim();
}
