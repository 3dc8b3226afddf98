using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.MediaLibrary.Pipeline;
using OpinionAct.Media.Web.MediaLibrary.Rendering;
using OpinionAct.Media.Web.MediaLibrary.Storage;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>
/// The current tenant's media library: the one way to add, replace, describe and delete images, whoever
/// asks (admin, CLI, recipe, API). Every file goes through <see cref="MediaIngest"/>; rows are written only
/// after the master is stored, and a refused upload leaves nothing behind.
/// </summary>
internal sealed class MediaLibraryService(
    MediaStore store,
    TenantContext tenant,
    IMediaStorage storage,
    MediaVariantCache cache,
    ContentUnit unit,
    MediaUsageFinder usages,
    IEnumerable<IContentChangeListener> listeners,
    TimeProvider clock,
    Microsoft.Extensions.Options.IOptions<MediaOptions> options,
    MediaIngest ingest,
    MediaVariants variants,
    SiteSettingsStore settings,
    ThemeCatalog themes)
{
    public const int MaxTags = 20;

    private MediaLibraryOptions Limits => options.Value.Library;

    private string Tenant => tenant.Tenant.Name;

    /// <summary>Adds an image (a recipe or <c>media import</c>, which give it a library path, use <see cref="ImportAsync"/>).</summary>
    public Task<MediaItemRecord> UploadAsync(Stream content, string? fileName, MediaDetails details, string? uploadedBy, CancellationToken cancellationToken) =>
        AddAsync(content, fileName, details, uploadedBy, libraryPath: null, renderVariants: true, cancellationToken);

    private async Task<MediaItemRecord> AddAsync(Stream content, string? fileName, MediaDetails details, string? uploadedBy, string? libraryPath, bool renderVariants, CancellationToken cancellationToken)
    {
        Validate(details);
        using var image = await ingest.IngestAsync(content, cancellationToken);
        await EnsureQuotaAsync(image, replacing: null, cancellationToken);
        await storage.PutAsync(Tenant, image.Hash, image.Format, image.Master, cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var item = new MediaItemRecord
        {
            Hash = image.Hash,
            FileName = MediaFileName.Clean(fileName, image.Format),
            LibraryPath = libraryPath,
            UploadedBy = uploadedBy,
            CreatedUtc = now,
        };
        SetFile(item, image, now);
        Describe(item, details);
        store.Add(item);
        await store.SaveAsync(cancellationToken);

        if (renderVariants)
        {
            await variants.RenderAllAsync(Tenant, item, image.Image, await DeclaredWidthsAsync(cancellationToken), cancellationToken);
        }

        return item;
    }

    /// <summary>Puts a new file behind an existing item: same id, same text, same usages; every page shows the new file.</summary>
    public async Task<MediaItemRecord> ReplaceAsync(int id, Stream content, string? fileName, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        using var image = await ingest.IngestAsync(content, cancellationToken);
        return await ReplaceWithAsync(item, image, fileName, renderVariants: true, cancellationToken);
    }

    /// <summary>
    /// Adds or updates the item at <paramref name="libraryPath"/> (a recipe's TargetPath, <c>media import</c>'s
    /// relative path): a new path adds an item; the same bytes again keep it as it is; other bytes replace its
    /// file (same id, same usages). <paramref name="details"/>, when given, describe it anew; null keeps its text.
    /// Without <paramref name="renderVariants"/> (recipes: a tenant's setup must stay quick), variants are rendered
    /// on their first request instead of now.
    /// </summary>
    public async Task<(MediaItemRecord Item, MediaImportOutcome Outcome)> ImportAsync(
        Stream content, string? fileName, MediaDetails? details, string libraryPath, string? uploadedBy, CancellationToken cancellationToken, bool renderVariants = true)
    {
        var existing = await store.FindByLibraryPathAsync(libraryPath, cancellationToken);
        if (existing is null)
        {
            return (await AddAsync(content, fileName, details ?? new MediaDetails(), uploadedBy, libraryPath, renderVariants, cancellationToken), MediaImportOutcome.Added);
        }

        if (details is not null)
        {
            Validate(details);
        }

        using var image = await ingest.IngestAsync(content, cancellationToken);
        if (image.Hash == existing.Hash)
        {
            if (details is null)
            {
                return (existing, MediaImportOutcome.Unchanged);
            }

            return (await DescribeAsync(existing, details, cancellationToken), MediaImportOutcome.Unchanged);
        }

        if (details is not null)
        {
            Describe(existing, details);
        }

        return (await ReplaceWithAsync(existing, image, fileName, renderVariants, cancellationToken), MediaImportOutcome.Replaced);
    }

    private async Task<MediaItemRecord> ReplaceWithAsync(MediaItemRecord item, IngestedImage image, string? fileName, bool renderVariants, CancellationToken cancellationToken)
    {
        await EnsureQuotaAsync(image, replacing: item, cancellationToken);
        await storage.PutAsync(Tenant, image.Hash, image.Format, image.Master, cancellationToken);

        var previous = (Hash: item.Hash, Format: (MediaFormat)item.Format);
        item.FileName = MediaFileName.Clean(fileName ?? item.FileName, image.Format);
        SetFile(item, image, clock.GetUtcNow().UtcDateTime);
        await store.SaveAsync(cancellationToken);

        await DeleteFileIfUnusedAsync(previous.Hash, previous.Format, item.Id, cancellationToken);
        cache.Drop(Tenant, item.Id);
        if (renderVariants)
        {
            await variants.RenderAllAsync(Tenant, item, image.Image, await DeclaredWidthsAsync(cancellationToken), cancellationToken);
        }

        await NotifyAsync(cancellationToken);
        return item;
    }

    public async Task<MediaItemRecord> UpdateAsync(int id, MediaDetails details, CancellationToken cancellationToken)
    {
        Validate(details);
        return await DescribeAsync(await FindAsync(id, cancellationToken), details, cancellationToken);
    }

    /// <summary>Saves new text and focal point on an item (details already validated).</summary>
    private async Task<MediaItemRecord> DescribeAsync(MediaItemRecord item, MediaDetails details, CancellationToken cancellationToken)
    {
        var focalChanged = item.FocalX != details.FocalX || item.FocalY != details.FocalY;
        Describe(item, details);
        item.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await store.SaveAsync(cancellationToken);
        if (focalChanged)
        {
            cache.Drop(Tenant, item.Id);
        }

        await NotifyAsync(cancellationToken);
        return item;
    }

    /// <summary>Deletes an item no page uses; otherwise refuses with the list of places that do.</summary>
    /// <exception cref="MediaInUseException">When anything still uses it.</exception>
    public async Task DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var item = await FindAsync(id, cancellationToken);
        var usedBy = await usages.FindAsync(id, cancellationToken);
        if (usedBy.Count > 0)
        {
            throw new MediaInUseException(item.FileName, usedBy);
        }

        store.Remove(item);
        await store.SaveAsync(cancellationToken);
        await DeleteFileIfUnusedAsync(item.Hash, (MediaFormat)item.Format, item.Id, cancellationToken);
        cache.Drop(Tenant, item.Id);

        // No page shows a deleted item, but the content version this bumps is how other nodes learn to stop serving
        // their cached copies of it (SharedMediaCacheCheck).
        await NotifyAsync(cancellationToken);
    }

    /// <exception cref="ContentNotFoundException">When this tenant has no item with that id.</exception>
    public async Task<MediaItemRecord> FindAsync(int id, CancellationToken cancellationToken) =>
        await store.FindAsync(id, cancellationToken) ?? throw new ContentNotFoundException($"Media item {id} does not exist.");

    /// <summary>Widths rendered at upload: the configured defaults and those the tenant's theme declares.</summary>
    public async Task<IReadOnlyList<int>> DeclaredWidthsAsync(CancellationToken cancellationToken)
    {
        var name = (await settings.GetAsync(cancellationToken)).Theme ?? ThemeCatalog.DefaultTheme;
        return MediaImages.DeclaredWidths(Limits, themes.Find(name) ?? themes.Find(ThemeCatalog.DefaultTheme));
    }

    private static void SetFile(MediaItemRecord item, IngestedImage image, DateTime now)
    {
        item.Hash = image.Hash;
        item.Format = (int)image.Format;
        item.Width = image.Width;
        item.Height = image.Height;
        item.Frames = image.Frames;
        item.Bytes = image.Bytes;
        item.UpdatedUtc = now;
    }

    private static void Describe(MediaItemRecord item, MediaDetails details)
    {
        item.AltText = Blank(details.AltText);
        item.Decorative = details.Decorative;
        item.Caption = Blank(details.Caption);
        item.Credit = Blank(details.Credit);
        item.Licence = Blank(details.Licence);
        item.FocalX = Math.Round(details.FocalX, 3);
        item.FocalY = Math.Round(details.FocalY, 3);
        var tags = details.Tags.Select(t => Slugs.From(t, 60)).Where(t => t.Length > 0).Distinct().ToList();
        item.Tags = tags.Count == 0 ? string.Empty : "|" + string.Join('|', tags) + "|";
        item.SearchText = Slugs.From(string.Join(' ', item.FileName, item.AltText, item.Caption, item.Credit, string.Join(' ', tags)), 2000);
    }

    private static void Validate(MediaDetails details)
    {
        var errors = new FieldErrors();
        errors.Text(details.AltText, nameof(MediaDetails.AltText), MediaItemRecord.TextLength, required: false);
        errors.Text(details.Caption, nameof(MediaDetails.Caption), MediaItemRecord.TextLength, required: false);
        errors.Text(details.Credit, nameof(MediaDetails.Credit), 200, required: false);
        errors.Text(details.Licence, nameof(MediaDetails.Licence), 200, required: false);
        if (details.FocalX is < 0 or > 1 || double.IsNaN(details.FocalX))
        {
            errors.Add(nameof(MediaDetails.FocalX), "must be between 0 (left) and 1 (right).");
        }

        if (details.FocalY is < 0 or > 1 || double.IsNaN(details.FocalY))
        {
            errors.Add(nameof(MediaDetails.FocalY), "must be between 0 (top) and 1 (bottom).");
        }

        if (details.Tags.Count > MaxTags)
        {
            errors.Add(nameof(MediaDetails.Tags), $"at most {MaxTags} tags.");
        }

        foreach (var tag in details.Tags)
        {
            errors.Text(tag, nameof(MediaDetails.Tags), 60, required: false);
        }

        errors.ThrowIfAny();
    }

    private async Task EnsureQuotaAsync(IngestedImage image, MediaItemRecord? replacing, CancellationToken cancellationToken)
    {
        if (Limits.QuotaBytes <= 0)
        {
            return;
        }

        var used = await store.TotalBytesAsync(cancellationToken);
        var after = used + image.Bytes - (replacing is not null && !await store.HashUsedAsync(replacing.Hash, replacing.Id, cancellationToken) ? replacing.Bytes : 0);
        if (after > Limits.QuotaBytes)
        {
            throw new MediaValidationException(
                $"This image ({MediaSizes.Describe(image.Bytes)}) would take the library past its quota of {MediaSizes.Describe(Limits.QuotaBytes)} ({MediaSizes.Describe(used)} used). Delete unused images or ask the agency for more room.");
        }
    }

    private async Task DeleteFileIfUnusedAsync(string hash, MediaFormat format, int exceptId, CancellationToken cancellationToken)
    {
        if (!await store.HashUsedAsync(hash, exceptId, cancellationToken))
        {
            await storage.DeleteAsync(Tenant, hash, format, cancellationToken);
        }
    }

    private Task NotifyAsync(CancellationToken cancellationToken) => ContentChanges.NotifyAsync(listeners, Tenant, unit, cancellationToken);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
