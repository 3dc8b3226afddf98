namespace OpinionAct.Media;

/// <summary>
/// Bad input that the caller can fix: the message is one clear sentence meant for a person
/// (CLI stderr, a form error, a problem-details title). Nothing has been written when it is thrown.
/// </summary>
public sealed class MediaValidationException : Exception
{
    public MediaValidationException(string message) : base(message) { }

    public MediaValidationException(string message, Exception innerException) : base(message, innerException) { }

    public MediaValidationException() { }
}
