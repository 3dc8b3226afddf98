namespace OpinionAct.Media.Site;

/// <summary>One line of an ambassador's monthly figures: a label and its value, already formatted.</summary>
public sealed record AmbassadorReportFigureView(string Label, string Value);
