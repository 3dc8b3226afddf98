namespace OpinionAct.Media.Content;

/// <summary>The editable fields of a static page; the body is Markdown.</summary>
public sealed record PageDraft(string Title, string? Path = null, string Body = "", bool Published = true);
