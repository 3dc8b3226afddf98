namespace OpinionAct.Media.Site;

/// <summary>
/// The model of the <c>email/ambassador</c> template: one ambassador's figures for one month, in the site's language.
/// Only that ambassador's figures are ever put in it.
/// </summary>
public sealed record AmbassadorReportEmailView
{
    /// <summary>"Hello {name},"</summary>
    public required string Greeting { get; init; }

    /// <summary>"Here is what your links to {site} brought in {month}."</summary>
    public required string Intro { get; init; }

    public required IReadOnlyList<AmbassadorReportFigureView> Figures { get; init; }

    /// <summary>Heading of <see cref="Articles"/>; the list may be empty.</summary>
    public required string ArticlesLabel { get; init; }

    public required IReadOnlyList<AmbassadorReportArticleView> Articles { get; init; }

    /// <summary>The ambassador's own share link of the home page, with a sentence before it.</summary>
    public required string ShareLabel { get; init; }

    public required string ShareUrl { get; init; }

    /// <summary>"Thank you for recommending us."</summary>
    public required string Outro { get; init; }
}
