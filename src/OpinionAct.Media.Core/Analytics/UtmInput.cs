namespace OpinionAct.Media.Analytics;

/// <summary>The <c>utm</c> object of an event; when absent the tags are read from the page URL.</summary>
public sealed record UtmInput(string? Source, string? Medium, string? Campaign);
