namespace OpinionAct.Media.Content;

/// <summary>The actor's role does not allow this change (HTTP 403).</summary>
public sealed class ContentAccessDeniedException : Exception
{
    public ContentAccessDeniedException(string message) : base(message) { }

    public ContentAccessDeniedException() { }

    public ContentAccessDeniedException(string message, Exception innerException) : base(message, innerException) { }
}
