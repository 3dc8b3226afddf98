namespace OpinionAct.Media.Web.Apis;

/// <summary>
/// An Admin API request whose body cannot be used as sent: not JSON, the wrong media type, too large, or
/// fields of the wrong type (<see cref="Errors"/>, every one of them, keyed by their JSON names).
/// <see cref="AdminApiFilter"/> answers it with problem details; nothing was written.
/// </summary>
public sealed class ApiBodyException : Exception
{
    public ApiBodyException(int status, string title, IReadOnlyDictionary<string, string[]>? errors = null)
        : base(title)
    {
        Status = status;
        Errors = errors ?? new Dictionary<string, string[]>();
    }

    public ApiBodyException() : this(StatusCodes.Status400BadRequest, "The request body could not be read.") { }

    public ApiBodyException(string message) : this(StatusCodes.Status400BadRequest, message) { }

    public ApiBodyException(string message, Exception innerException) : base(message, innerException)
    {
        Status = StatusCodes.Status400BadRequest;
        Errors = new Dictionary<string, string[]>();
    }

    public int Status { get; }

    public IReadOnlyDictionary<string, string[]> Errors { get; }
}
