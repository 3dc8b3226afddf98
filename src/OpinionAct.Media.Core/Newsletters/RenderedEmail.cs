namespace OpinionAct.Media.Newsletters;

/// <summary>An email rendered from a theme: HTML with inline styles, and its plain-text part.</summary>
public sealed record RenderedEmail(string Html, string Text);
