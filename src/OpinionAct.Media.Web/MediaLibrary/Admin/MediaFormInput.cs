using System.Globalization;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.MediaLibrary;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.MediaLibrary.Admin;

/// <summary>The item form as the editor typed it, shown again as typed when it has errors.</summary>
public sealed class MediaFormInput
{
    public string AltText { get; init; } = string.Empty;

    public bool Decorative { get; init; }

    public string Caption { get; init; } = string.Empty;

    public string Credit { get; init; } = string.Empty;

    public string Licence { get; init; } = string.Empty;

    /// <summary>Tags separated by commas.</summary>
    public string Tags { get; init; } = string.Empty;

    public string FocalX { get; init; } = "0.5";

    public string FocalY { get; init; } = "0.5";

    internal static MediaFormInput Read(AdminForm form) => new()
    {
        AltText = form.Text(nameof(AltText)),
        Decorative = form.Bool(nameof(Decorative)),
        Caption = form.Text(nameof(Caption)),
        Credit = form.Text(nameof(Credit)),
        Licence = form.Text(nameof(Licence)),
        Tags = form.Text(nameof(Tags)),
        FocalX = form.Text(nameof(FocalX)),
        FocalY = form.Text(nameof(FocalY)),
    };

    public static MediaFormInput From(MediaItemRecord item) => new()
    {
        AltText = item.AltText ?? string.Empty,
        Decorative = item.Decorative,
        Caption = item.Caption ?? string.Empty,
        Credit = item.Credit ?? string.Empty,
        Licence = item.Licence ?? string.Empty,
        Tags = string.Join(", ", item.Tags.Split('|', StringSplitOptions.RemoveEmptyEntries)),
        FocalX = item.FocalX.ToString("0.###", CultureInfo.InvariantCulture),
        FocalY = item.FocalY.ToString("0.###", CultureInfo.InvariantCulture),
    };

    /// <summary>The details to save, and the errors of values that are not even numbers (the service checks the rest).</summary>
    public (MediaDetails Details, FieldErrors Errors) ToDetails()
    {
        var errors = new FieldErrors();
        var x = Number(FocalX, nameof(FocalX), errors);
        var y = Number(FocalY, nameof(FocalY), errors);
        var details = new MediaDetails
        {
            AltText = AltText,
            Decorative = Decorative,
            Caption = Caption,
            Credit = Credit,
            Licence = Licence,
            FocalX = x,
            FocalY = y,
            Tags = Tags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        };
        return (details, errors);
    }

    // A blank box means the centre; a comma is read as a decimal point (French keyboards).
    private static double Number(string value, string field, FieldErrors errors)
    {
        if (value.Length == 0)
        {
            return 0.5;
        }

        if (double.TryParse(value.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        errors.Add(field, "must be a number between 0 and 1.");
        return 0.5;
    }
}
