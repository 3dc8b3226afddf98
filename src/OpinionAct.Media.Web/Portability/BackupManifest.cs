using OpinionAct.Media.Data.Portability;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// The <c>manifest.json</c> of a tenant backup: what it holds, at which schema version, and the SHA-256 of every other
/// entry, so a restore refuses a damaged or edited file before it changes anything.
/// </summary>
internal sealed record BackupManifest
{
    public const string EntryName = "manifest.json";

    public const string FormatName = "opinionact-tenant-backup";

    public const int CurrentVersion = 1;

    public string Format { get; init; } = FormatName;

    public int Version { get; init; } = CurrentVersion;

    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>The build that wrote it (informational version), for people reading the file.</summary>
    public string? Product { get; init; }

    public required string Provider { get; init; }

    public required BackupTenant Tenant { get; init; }

    public required DatabaseDump Database { get; init; }

    public IReadOnlyList<BackupMediaFile> Media { get; init; } = [];

    public IReadOnlyList<BackupEntry> Entries { get; init; } = [];
}

/// <summary>The tenant as the host table described it when backed up.</summary>
internal sealed record BackupTenant(string Name, string DisplayName, IReadOnlyList<string> Hosts, string? Prefix, string? Theme, string? Recipe);

/// <summary>One master of the media library: its content hash and format, and the archive entry holding it.</summary>
internal sealed record BackupMediaFile(string Hash, MediaFormat Format, string Entry);

/// <summary>One entry of the archive with its size and SHA-256 (lowercase hex).</summary>
internal sealed record BackupEntry(string Name, long Bytes, string Sha256);
