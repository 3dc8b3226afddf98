namespace OpinionAct.Media.Content;

/// <summary>
/// The editable fields of a topic; <see cref="Parent"/> is the parent topic's slug. <see cref="Image"/> is
/// <c>media:&lt;id&gt;</c> or a URL; null leaves the topic's image as it is (importers that know none), "" removes it.
/// </summary>
public sealed record TopicDraft(string Name, string? Slug = null, string? Description = null, string? Parent = null, string? Image = null);
