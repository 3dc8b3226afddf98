namespace OpinionAct.Media.Web.MediaLibrary.Api;

/// <summary>An image's text and focal point as the Admin API receives them; alt text is required unless the image is decorative.</summary>
public sealed record MediaDetailsInput(string? AltText, bool? Decorative, string? Caption, string? Credit, string? Licence, double? FocalX, double? FocalY, IReadOnlyList<string?>? Tags)
{
    public MediaDetails ToDetails() => new()
    {
        AltText = AltText,
        Decorative = Decorative ?? false,
        Caption = Caption,
        Credit = Credit,
        Licence = Licence,
        FocalX = FocalX ?? 0.5,
        FocalY = FocalY ?? 0.5,
        Tags = (Tags ?? []).Select(t => t ?? string.Empty).ToList(),
    };
}
