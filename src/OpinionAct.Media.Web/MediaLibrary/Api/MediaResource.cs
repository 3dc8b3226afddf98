using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.MediaLibrary;

namespace OpinionAct.Media.Web.MediaLibrary.Api;

/// <summary>A library image as the Admin API answers it; <c>reference</c> (<c>media:12</c>) is what articles and topics cite.</summary>
public sealed record MediaResource(
    int Id, string Reference, string FileName, string Format, int Width, int Height, long Bytes,
    string? AltText, bool Decorative, string? Caption, string? Credit, string? Licence, double FocalX, double FocalY,
    IReadOnlyList<string> Tags, string? UploadedBy, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    public static MediaResource From(MediaItemRecord item) => new(
        item.Id, MediaReference.For(item.Id), item.FileName, ((MediaFormat)item.Format).ToString(), item.Width, item.Height, item.Bytes,
        item.AltText, item.Decorative, item.Caption, item.Credit, item.Licence, item.FocalX, item.FocalY,
        item.Tags.Split('|', StringSplitOptions.RemoveEmptyEntries), item.UploadedBy, item.CreatedUtc, item.UpdatedUtc);
}
