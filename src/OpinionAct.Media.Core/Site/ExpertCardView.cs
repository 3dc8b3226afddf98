namespace OpinionAct.Media.Site;

/// <summary>An expert in a byline or a list.</summary>
public sealed record ExpertCardView
{
    public required string Name { get; init; }

    public required string Url { get; init; }

    /// <summary>Role shown in bylines ("Ingénieure réseaux, RTE").</summary>
    public string? JobTitle { get; init; }

    /// <summary>Credentials that make the expert worth reading ("Docteure en économie de l'énergie").</summary>
    public string? Credentials { get; init; }

    public string? PhotoUrl { get; init; }

    /// <summary>The photo as square variants; null without a photo. A view built with <see cref="PhotoUrl"/> alone gets a plain photo from it.</summary>
    public ImageView? Photo
    {
        get => field ?? (PhotoUrl is { Length: > 0 } url ? new ImageView { Src = url } : null);
        init;
    }
}
