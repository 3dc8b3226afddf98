namespace OpinionAct.Media.Content;

/// <summary>The article, topic, expert, page or revision does not exist in this tenant (HTTP 404).</summary>
public sealed class ContentNotFoundException : Exception
{
    public ContentNotFoundException(string message) : base(message) { }

    public ContentNotFoundException() { }

    public ContentNotFoundException(string message, Exception innerException) : base(message, innerException) { }
}
