namespace OpinionAct.Media.Data.Host;

/// <summary>One data protection key of a cluster's shared key ring: its XML, encrypted at rest by the key ring's encryptor.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }

    public string? FriendlyName { get; set; }

    public string Xml { get; set; } = string.Empty;
}
