using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.MediaLibrary;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.MediaLibrary.Delivery;
using OpinionAct.Media.Web.MediaLibrary.Usage;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.MediaLibrary.Admin;

/// <summary>
/// The media library in a hub's admin: the grid (search by text and tag, paging, quota), upload (a plain
/// multipart form, and the same endpoint answering JSON for the drag-and-drop script), the item page
/// (describe, focal point, usages), replace and delete, the picker's grid fragment and thumbnails.
/// Any editor uploads and describes; replacing and deleting change what published pages show, so they
/// need a Publisher (Editor or Admin).
/// </summary>
internal static class AdminMediaEndpoints
{
    public const int PageSize = 48;

    /// <summary>Room for the multipart boundaries, headers and the antiforgery field around the file bytes.</summary>
    public const long MultipartOverhead = 64 * 1024;

    private const string FilesField = "files";

    public static RouteGroupBuilder MapAdminMedia(this RouteGroupBuilder writers, RouteGroupBuilder publishers)
    {
        // One request carries at most one upload's worth of bytes: Kestrel stops a body past it (the metadata sets
        // the request's max body size) and AdminFilter refuses a Content-Length past it before reading anything.
        var limit = UploadLimit(writers);
        writers.MapGet("/media", ListAsync);
        writers.MapPost("/media", UploadAsync).WithMetadata(new RequestSizeLimitAttribute(limit), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
        writers.MapGet("/media/picker", PickerAsync);
        writers.MapGet("/media/{id:int}", ItemAsync);
        writers.MapPost("/media/{id:int}", UpdateAsync);
        writers.MapGet("/media/{id:int}/thumb", ThumbAsync);
        publishers.MapPost("/media/{id:int}/replace", ReplaceAsync).WithMetadata(new RequestSizeLimitAttribute(limit), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit });
        publishers.MapPost("/media/{id:int}/delete", DeleteAsync);
        return writers;
    }

    private static long UploadLimit(IEndpointRouteBuilder routes) =>
        routes.ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.Library.MaxUploadBytes + MultipartOverhead;

    private static async Task<IResult> ListAsync(AdminRequest r, MediaStore store, MediaUrlKeys keys, TenantContext tenant, IOptions<MediaOptions> options, string? q, string? tag, string? page, string? done, string? n, CancellationToken ct)
    {
        var message = done switch
        {
            "uploaded" => r.Text.Format("media.done.uploaded", int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : 1),
            "deleted" => r.T("done.deleted"),
            _ => null,
        };
        return await ListPageAsync(r, store, keys, tenant, options, q, tag, page, message, [], StatusCodes.Status200OK, ct);
    }

    private static async Task<IResult> ListPageAsync(
        AdminRequest r, MediaStore store, MediaUrlKeys keys, TenantContext tenant, IOptions<MediaOptions> options,
        string? q, string? tag, string? page, string? message, IReadOnlyList<string> errors, int status, CancellationToken ct)
    {
        var number = PageNumber(page);
        var (items, total) = await store.SearchAsync(q, tag, (number - 1) * PageSize, PageSize, ct);
        var urls = await UrlsAsync(r, store, keys, tenant, ct);
        var limits = options.Value.Library;
        return AdminView.Page<MediaLibraryPage>(new
        {
            Items = items,
            Thumbs = Thumbs(urls, items),
            Total = total,
            Query = q?.Trim() ?? string.Empty,
            Tag = tag?.Trim() ?? string.Empty,
            PageNumber = number,
            PageSize,
            UsedBytes = await store.TotalBytesAsync(ct),
            QuotaBytes = limits.QuotaBytes,
            MaxUploadBytes = limits.MaxUploadBytes,
            Message = message,
            UploadErrors = errors,
        }, status);
    }

    /// <summary>
    /// Stores each posted file through the pipeline. Without script the form posts every chosen file at once;
    /// the drag-and-drop script posts one file per request and asks for JSON, to show progress and errors per file.
    /// </summary>
    private static async Task<IResult> UploadAsync(HttpContext http, AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, IOptions<MediaOptions> options, ILogger<MediaLibraryService> logger, CancellationToken ct)
    {
        await AdminForm.ReadAsync(http);
        var files = http.Request.HasFormContentType ? http.Request.Form.Files.GetFiles(FilesField) : [];
        var json = WantsJson(http);
        var added = new List<MediaItemRecord>();
        var errors = new List<(string File, string Message)>();
        if (files.Count == 0)
        {
            errors.Add((string.Empty, r.T("media.upload.none")));
        }

        foreach (var file in files.Take(AdminForm.MaxRows))
        {
            try
            {
                await using var content = file.OpenReadStream();
                added.Add(await library.UploadAsync(content, file.FileName, new MediaDetails(), r.UserEmail, ct));
            }
            catch (MediaValidationException ex)
            {
                logger.UploadRefused(tenant.Tenant.Name, ex.Message);
                errors.Add((Shown(file.FileName), ex.Message));
            }
            catch (ContentValidationException ex)
            {
                errors.Add((Shown(file.FileName), ex.Message));
            }
        }

        if (json)
        {
            var urls = await UrlsAsync(r, store, keys, tenant, ct);
            return Results.Json(
                new
                {
                    added = added.Select(m => new { id = m.Id, reference = MediaReference.For(m.Id), fileName = m.FileName, edit = $"{r.AdminBase}/media/{m.Id}", thumb = urls.Variant(m, Thumb(m)) }),
                    errors = errors.Select(e => new { file = e.File, message = e.Message }),
                },
                statusCode: errors.Count == 0 ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);
        }

        if (errors.Count == 0)
        {
            return added.Count == 1
                ? AdminLayout.Redirect(r, $"/media/{added[0].Id}?done=uploaded")
                : AdminLayout.Redirect(r, $"/media?done=uploaded&n={added.Count}");
        }

        var message = added.Count == 0 ? null : r.Text.Format("media.done.uploaded", added.Count);
        return await ListPageAsync(r, store, keys, tenant, options, null, null, null, message,
            errors.Select(e => e.File.Length == 0 ? e.Message : $"{e.File}: {e.Message}").ToList(), StatusCodes.Status422UnprocessableEntity, ct);
    }

    private static async Task<IResult> PickerAsync(AdminRequest r, MediaStore store, MediaUrlKeys keys, TenantContext tenant, string? q, string? tag, CancellationToken ct)
    {
        var (items, total) = await store.SearchAsync(q, tag, 0, PageSize, ct);
        var urls = await UrlsAsync(r, store, keys, tenant, ct);
        return AdminView.Page<MediaPickerGrid>(new { Items = items, Thumbs = Thumbs(urls, items), Total = total });
    }

    private static Task<IResult> ItemAsync(int id, string? done, AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, MediaUsageFinder usages, CancellationToken ct) =>
        ItemPageAsync(r, library, store, keys, tenant, usages, id, null, AdminFields.NoErrors, done switch
        {
            "uploaded" => r.T("media.done.uploaded_one"),
            "saved" => r.T("done.save"),
            "replaced" => r.T("media.done.replaced"),
            _ => null,
        }, null, [], StatusCodes.Status200OK, ct);

    private static async Task<IResult> ItemPageAsync(
        AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, MediaUsageFinder usages,
        int id, MediaFormInput? input, IReadOnlyDictionary<string, string[]> errors, string? message, string? error, IReadOnlyList<MediaUsage> blockers, int status, CancellationToken ct)
    {
        var item = await library.FindAsync(id, ct);
        var urls = await UrlsAsync(r, store, keys, tenant, ct);
        return AdminView.Page<MediaItemPage>(new
        {
            Item = item,
            Input = input ?? MediaFormInput.From(item),
            Master = urls.Master(item),
            Preview = urls.Variant(item, new VariantSpec(MediaCrop.None, Math.Min(960, item.Width), Web(item))),
            Square = urls.Variant(item, Thumb(item)),
            Usages = blockers.Count > 0 ? blockers : await usages.FindAsync(id, ct),
            Errors = errors,
            Message = message,
            Error = error,
        }, status);
    }

    private static async Task<IResult> UpdateAsync(int id, HttpContext http, AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, MediaUsageFinder usages, CancellationToken ct)
    {
        var input = MediaFormInput.Read(await AdminForm.ReadAsync(http));
        var (details, errors) = input.ToDetails();
        if (errors.Any)
        {
            return await ItemPageAsync(r, library, store, keys, tenant, usages, id, input, errors.ToDictionary(), null, null, [], StatusCodes.Status422UnprocessableEntity, ct);
        }

        try
        {
            await library.UpdateAsync(id, details, ct);
            return AdminLayout.Redirect(r, $"/media/{id}?done=saved");
        }
        catch (ContentValidationException ex)
        {
            return await ItemPageAsync(r, library, store, keys, tenant, usages, id, input, ex.Errors, null, null, [], StatusCodes.Status422UnprocessableEntity, ct);
        }
    }

    private static async Task<IResult> ReplaceAsync(int id, HttpContext http, AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, MediaUsageFinder usages, ILogger<MediaLibraryService> logger, CancellationToken ct)
    {
        await library.FindAsync(id, ct);
        await AdminForm.ReadAsync(http);
        var file = http.Request.HasFormContentType ? http.Request.Form.Files.GetFile("file") : null;
        try
        {
            if (file is null)
            {
                throw new MediaValidationException(r.T("media.upload.none"));
            }

            await using var content = file.OpenReadStream();
            await library.ReplaceAsync(id, content, file.FileName, ct);
            logger.MediaReplaced(tenant.Tenant.Name, id, r.UserEmail);
            return AdminLayout.Redirect(r, $"/media/{id}?done=replaced");
        }
        catch (MediaValidationException ex)
        {
            logger.UploadRefused(tenant.Tenant.Name, ex.Message);
            return await ItemPageAsync(r, library, store, keys, tenant, usages, id, null, AdminFields.NoErrors, null, ex.Message, [], StatusCodes.Status422UnprocessableEntity, ct);
        }
    }

    private static async Task<IResult> DeleteAsync(int id, AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, MediaUsageFinder usages, ILogger<MediaLibraryService> logger, CancellationToken ct)
    {
        try
        {
            await library.DeleteAsync(id, ct);
            logger.MediaDeleted(tenant.Tenant.Name, id, r.UserEmail);
            return AdminLayout.Redirect(r, "/media?done=deleted");
        }
        catch (MediaInUseException ex)
        {
            return await ItemPageAsync(r, library, store, keys, tenant, usages, id, null, AdminFields.NoErrors, null, r.T("media.delete.in_use"), ex.Usages, StatusCodes.Status409Conflict, ct);
        }
    }

    /// <summary>The picker's thumbnail of a <c>media:&lt;id&gt;</c> field: a redirect to the item's signed square variant.</summary>
    private static async Task<IResult> ThumbAsync(int id, AdminRequest r, MediaLibraryService library, MediaStore store, MediaUrlKeys keys, TenantContext tenant, CancellationToken ct)
    {
        var item = await library.FindAsync(id, ct);
        var urls = await UrlsAsync(r, store, keys, tenant, ct);
        return Results.Redirect(urls.Variant(item, Thumb(item)));
    }

    private static async Task<MediaUrls> UrlsAsync(AdminRequest r, MediaStore store, MediaUrlKeys keys, TenantContext tenant, CancellationToken ct) =>
        new(r.Base, await keys.RingAsync(tenant.Tenant.Name, store, ct));

    private static Dictionary<int, string> Thumbs(MediaUrls urls, IEnumerable<MediaItemRecord> items) =>
        items.ToDictionary(m => m.Id, m => urls.Variant(m, Thumb(m)));

    /// <summary>A 320 px square centred on the focal point, in WebP (an animation keeps its own format, to stay animated).</summary>
    private static VariantSpec Thumb(MediaItemRecord item) => new(MediaCrop.Square, 320, Web(item));

    private static MediaFormat Web(MediaItemRecord item) => MediaRenditions.Formats(item)[0];

    /// <summary>A refused file's name as the editor chose it (last segment, no control characters, cut short); the page encodes it.</summary>
    private static string Shown(string? fileName)
    {
        var name = (fileName ?? string.Empty).Replace('\\', '/');
        name = new string(name[(name.LastIndexOf('/') + 1)..].Where(c => !char.IsControl(c)).ToArray());
        return name.Length > 80 ? name[..80] + "…" : name;
    }

    private static bool WantsJson(HttpContext http) =>
        http.Request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);

    private static int PageNumber(string? page) =>
        int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p is > 0 and < 100_000 ? p : 1;
}
