namespace OpinionAct.Media.Content;

/// <summary>
/// Imports recipe content items of one content type (Orchard Core's shape: ContentType,
/// ContentItemId, TitlePart, ...). Capabilities register one per type they own.
/// </summary>
public interface IContentItemImporter
{
    /// <summary>Content types handled, matched case-insensitively ("Article", "BlogPost").</summary>
    IReadOnlyCollection<string> ContentTypes { get; }

    Task ImportAsync(ContentItemImportContext context, CancellationToken cancellationToken);
}
