namespace OpinionAct.Media.Data.Content;

/// <summary>
/// A content row that may show a library item: its kind (article, page, expert, topic, settings), id and title,
/// the value of its image field (or "logo"/"social" for settings), and the Markdown to look into.
/// </summary>
public sealed record ContentMediaMention(string Kind, int Id, string Title, string? Field, string? Markdown);
