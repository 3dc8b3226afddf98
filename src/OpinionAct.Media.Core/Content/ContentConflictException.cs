namespace OpinionAct.Media.Content;

/// <summary>
/// A save refused because the article changed since the editor opened it: the form's base revision is not the
/// article's current one (HTTP 409). Nothing was written; the editor decides whether to overwrite.
/// </summary>
public sealed class ContentConflictException : Exception
{
    public ContentConflictException(int baseRevision, int currentRevision)
        : base($"The article changed since revision {baseRevision} was opened; it is now at revision {currentRevision}.")
    {
        BaseRevision = baseRevision;
        CurrentRevision = currentRevision;
    }

    public ContentConflictException() { }

    public ContentConflictException(string message) : base(message) { }

    public ContentConflictException(string message, Exception innerException) : base(message, innerException) { }

    /// <summary>The revision the editor's form was opened from.</summary>
    public int BaseRevision { get; }

    /// <summary>The article's revision when the save was refused.</summary>
    public int CurrentRevision { get; }
}
