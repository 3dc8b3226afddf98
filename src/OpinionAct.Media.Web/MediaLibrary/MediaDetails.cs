namespace OpinionAct.Media.Web.MediaLibrary;

/// <summary>What an editor says about an image: text for readers, proof of rights, where crops centre, tags.</summary>
public sealed record MediaDetails
{
    public string? AltText { get; init; }

    public bool Decorative { get; init; }

    public string? Caption { get; init; }

    public string? Credit { get; init; }

    public string? Licence { get; init; }

    public double FocalX { get; init; } = 0.5;

    public double FocalY { get; init; } = 0.5;

    public IReadOnlyList<string> Tags { get; init; } = [];
}
