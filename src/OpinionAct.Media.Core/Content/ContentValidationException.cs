namespace OpinionAct.Media.Content;

/// <summary>A content save refused because of field errors; nothing was written.</summary>
public sealed class ContentValidationException : Exception
{
    public ContentValidationException(IReadOnlyDictionary<string, string[]> errors)
        : base(string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))))
    {
        Errors = errors;
    }

    public ContentValidationException() : this(new Dictionary<string, string[]>()) { }

    public ContentValidationException(string message) : base(message) => Errors = new Dictionary<string, string[]>();

    public ContentValidationException(string message, Exception innerException) : base(message, innerException) => Errors = new Dictionary<string, string[]>();

    /// <summary>Messages per field name (the draft's property names), ready for ValidationProblem.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
