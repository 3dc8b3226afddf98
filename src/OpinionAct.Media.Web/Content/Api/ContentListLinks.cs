namespace OpinionAct.Media.Web.Content.Api;

/// <summary>Absolute links of a list page; <see cref="Next"/> and <see cref="Prev"/> are null at the ends.</summary>
public sealed record ContentListLinks(string Self, string? Next, string? Prev);
