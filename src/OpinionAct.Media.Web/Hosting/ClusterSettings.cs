using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Reads the cluster settings while services are registered, so a node that could not share its key ring with the
/// others refuses to start (one sentence) instead of signing cookies no other node can read.
/// </summary>
internal static class ClusterSettings
{
    public static ClusterMode Resolve(IConfiguration configuration, bool hasCertificate)
    {
        var masterKey = configuration[SharedMasterKey.Setting];
        if (!string.IsNullOrWhiteSpace(masterKey))
        {
            SharedMasterKey.Parse(masterKey);
        }

        return ClusterMode.Resolve(
            configuration.GetValue("Media:Database:Provider", DatabaseProvider.Sqlite),
            configuration["Media:Redis:Configuration"],
            sharedKeyEncryption: hasCertificate || !string.IsNullOrWhiteSpace(masterKey));
    }
}
