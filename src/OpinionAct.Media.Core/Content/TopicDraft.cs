namespace OpinionAct.Media.Content;

/// <summary>The editable fields of a topic; <see cref="Parent"/> is the parent topic's slug.</summary>
public sealed record TopicDraft(string Name, string? Slug = null, string? Description = null, string? Parent = null);
