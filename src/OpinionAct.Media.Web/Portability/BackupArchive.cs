using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;
using OpinionAct.Media.Data.Portability;

namespace OpinionAct.Media.Web.Portability;

/// <summary>
/// A backup file: a zip of the database dump, the media masters and <see cref="BackupManifest"/>. Written entry by
/// entry with each one's SHA-256; opened for a restore only after every entry matched its checksum, so a truncated,
/// damaged or edited file is refused before anything is changed.
/// </summary>
internal sealed class BackupArchive : IBackupEntries, IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly ZipArchive _zip;
    private readonly List<BackupEntry> _written = [];

    private BackupArchive(ZipArchive zip, BackupManifest? manifest)
    {
        _zip = zip;
        Manifest = manifest;
    }

    /// <summary>The manifest of an archive opened for reading.</summary>
    public BackupManifest? Manifest { get; }

    public IReadOnlyList<BackupEntry> Written => _written;

    public static BackupArchive Create(Stream output) => new(new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true), null);

    /// <summary>Opens and checks a backup file.</summary>
    /// <exception cref="MediaValidationException">Not a backup, truncated, damaged, or of an unknown format version.</exception>
    public static async Task<BackupArchive> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new MediaValidationException($"Backup file '{path}' does not exist. Nothing was changed.");
        }

        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException ex)
        {
            throw Damaged(path, $"it is not a complete zip archive ({ex.Message.TrimEnd('.')})");
        }

        try
        {
            var manifest = await ReadManifestAsync(zip, path, cancellationToken);
            foreach (var expected in manifest.Entries)
            {
                var entry = zip.GetEntry(expected.Name) ?? throw Damaged(path, $"the entry '{expected.Name}' is missing");
                await using var stream = entry.Open();
                var (bytes, sha256) = await HashAsync(stream, cancellationToken);
                if (bytes != expected.Bytes || sha256 != expected.Sha256)
                {
                    throw Damaged(path, $"the entry '{expected.Name}' does not match its checksum");
                }
            }

            var listed = manifest.Entries.Select(e => e.Name).Append(BackupManifest.EntryName).ToHashSet(StringComparer.Ordinal);
            if (zip.Entries.FirstOrDefault(e => !listed.Contains(e.FullName)) is { } extra)
            {
                throw Damaged(path, $"the entry '{extra.FullName}' is not in its manifest");
            }

            return new BackupArchive(zip, manifest);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException)
        {
            zip.Dispose();
            throw Damaged(path, ex.Message.TrimEnd('.'));
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    public async Task WriteAsync(string name, bool compress, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        var entry = _zip.CreateEntry(name, compress ? CompressionLevel.Fastest : CompressionLevel.NoCompression);
        await using var stream = entry.Open();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var counting = new HashingStream(stream, hash);
        await write(counting);
        _written.Add(new BackupEntry(name, counting.Written, Convert.ToHexStringLower(hash.GetHashAndReset())));
    }

    /// <summary>Writes the manifest, with every entry written so far, as the archive's last entry.</summary>
    public async Task WriteManifestAsync(BackupManifest manifest, CancellationToken cancellationToken)
    {
        var entry = _zip.CreateEntry(BackupManifest.EntryName, CompressionLevel.Fastest);
        await using var stream = entry.Open();
        await JsonSerializer.SerializeAsync(stream, manifest with { Entries = _written.ToList() }, Json, cancellationToken);
    }

    public Stream Open(string name) =>
        (Manifest?.Entries.Any(e => e.Name == name) == true ? _zip.GetEntry(name) : null)?.Open()
        ?? throw new MediaValidationException($"The backup has no entry '{name}'.");

    public void Dispose() => _zip.Dispose();

    private static async Task<BackupManifest> ReadManifestAsync(ZipArchive zip, string path, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(BackupManifest.EntryName) ?? throw Damaged(path, "it has no manifest.json (not a tenant backup)");
        await using var stream = entry.Open();
        var manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        if (manifest is null || manifest.Format != BackupManifest.FormatName)
        {
            throw Damaged(path, "its manifest is not a tenant backup's");
        }

        if (manifest.Version > BackupManifest.CurrentVersion)
        {
            throw new MediaValidationException($"Backup '{path}' is in format version {manifest.Version}, made by a newer build; this build reads version {BackupManifest.CurrentVersion} and older. Nothing was changed.");
        }

        return manifest;
    }

    private static async Task<(long Bytes, string Sha256)> HashAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[81920];
        long bytes = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            bytes += read;
        }

        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static MediaValidationException Damaged(string path, string reason) =>
        new($"'{path}' cannot be restored: {reason}. The file is damaged, truncated or not a tenant backup. Nothing was changed.");
}
