using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Apis;
using OpinionAct.Media.Content;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Web.Apis;
using OpinionAct.Media.Web.MediaLibrary.Admin;

namespace OpinionAct.Media.Web.MediaLibrary.Api;

/// <summary>
/// <c>/api/v1/admin/media</c>: upload (multipart, through <see cref="MediaLibraryService.UploadAsync"/>: the
/// admin's pipeline, size limit, quota and errors), read and describe an image. An integration must describe
/// what it uploads: alt text, or <c>decorative=true</c>.
/// </summary>
internal static class AdminMediaApi
{
    private const string FileField = "file";

    public static void Map(ApiRoutes api)
    {
        var media = AdminApi.MapGroup(api, "/media", "Media")
            .PersonsMust(actor => actor.CanWrite, "Only Authors, Editors and Admins add images.");
        var limit = ((IEndpointRouteBuilder)media).ServiceProvider.GetRequiredService<IOptions<MediaOptions>>().Value.Library.MaxUploadBytes + AdminMediaEndpoints.MultipartOverhead;
        media.MapPost("/", UploadAsync).RequireScope(ApiScopes.MediaWrite)
            .WithMetadata(new RequestSizeLimitAttribute(limit), new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit })
            .WithName("UploadMedia").WithSummary("Uploads one image (multipart/form-data: file, altText or decorative=true, caption, credit, licence, focalX, focalY, tags).")
            .Accepts<IFormFile>("multipart/form-data").Produces<MediaResource>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        media.MapGet("/{id:int}", async (int id, MediaLibraryService library, CancellationToken ct) => AdminApi.Ok(MediaResource.From(await library.FindAsync(id, ct))))
            .RequireScope(ApiScopes.MediaWrite).WithName("GetMedia").WithSummary("Reads one image's details.")
            .Produces<MediaResource>().ProducesProblem(StatusCodes.Status404NotFound);
        media.MapPut("/{id:int}", async (int id, HttpContext http, MediaLibraryService library, CancellationToken ct) =>
            {
                var details = (await ApiJson.ReadAsync<MediaDetailsInput>(http)).ToDetails();
                RequireDescription(details);
                return AdminApi.Ok(MediaResource.From(await library.UpdateAsync(id, details, ct)));
            })
            .RequireScope(ApiScopes.MediaWrite).WithName("UpdateMedia").WithSummary("Replaces an image's text, focal point and tags.")
            .Accepts<MediaDetailsInput>("application/json").Produces<MediaResource>()
            .ProducesValidationProblem().ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> UploadAsync(HttpContext http, MediaLibraryService library, ApiCaller caller, CancellationToken ct)
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } max }
            && http.Request.ContentLength > max)
        {
            throw new ApiBodyException(StatusCodes.Status413PayloadTooLarge, $"The request body is too large (an upload is at most {max - AdminMediaEndpoints.MultipartOverhead} bytes).");
        }

        if (!http.Request.HasFormContentType)
        {
            throw new ApiBodyException(StatusCodes.Status415UnsupportedMediaType, "Send the image as multipart/form-data with a 'file' part.");
        }

        var form = await http.Request.ReadFormAsync(ct);
        var errors = new FieldErrors();
        var file = form.Files.GetFile(FileField);
        if (file is null || file.Length == 0)
        {
            errors.Add(FileField, "is required: one image file.");
        }

        var details = new MediaDetails
        {
            AltText = Text(form, "altText"),
            Decorative = Flag(form, "decorative", errors),
            Caption = Text(form, "caption"),
            Credit = Text(form, "credit"),
            Licence = Text(form, "licence"),
            FocalX = Number(form, "focalX", errors),
            FocalY = Number(form, "focalY", errors),
            Tags = form["tags"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList(),
        };
        if (errors.Any)
        {
            throw new ApiBodyException(StatusCodes.Status400BadRequest, "Some fields of the form have the wrong type.", errors.ToDictionary());
        }

        RequireDescription(details);
        try
        {
            await using var content = file!.OpenReadStream();
            var item = await library.UploadAsync(content, file.FileName, details, caller.Name, ct);
            return AdminApi.Created(http, $"/media/{item.Id}", MediaResource.From(item));
        }
        catch (MediaValidationException ex)
        {
            // The pipeline's refusal (not an image, too large, over the quota) is about the file field.
            throw new ContentValidationException(new Dictionary<string, string[]> { [FileField] = [ex.Message] });
        }
    }

    /// <summary>Readers who cannot see an image get its alt text: an integration states it, or says the image is decorative.</summary>
    private static void RequireDescription(MediaDetails details)
    {
        if (!details.Decorative && string.IsNullOrWhiteSpace(details.AltText))
        {
            throw new ContentValidationException(new Dictionary<string, string[]> { [nameof(MediaDetails.AltText)] = ["is required unless the image is decorative (decorative=true)."] });
        }
    }

    private static string? Text(IFormCollection form, string name) => form.TryGetValue(name, out var value) ? value.ToString() : null;

    private static bool Flag(IFormCollection form, string name, FieldErrors errors)
    {
        var value = Text(form, name);
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        if (bool.TryParse(value, out var flag))
        {
            return flag;
        }

        errors.Add(name, "must be true or false.");
        return false;
    }

    private static double Number(IFormCollection form, string name, FieldErrors errors)
    {
        var value = Text(form, name);
        if (string.IsNullOrEmpty(value))
        {
            return 0.5;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(name, "must be a number from 0 to 1.");
        return 0.5;
    }
}
