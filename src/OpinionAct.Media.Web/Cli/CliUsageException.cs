namespace OpinionAct.Media.Web.Cli;

/// <summary>The command line itself is wrong (unknown verb, missing option); exit code 2.</summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message) : base(message) { }

    public CliUsageException() { }

    public CliUsageException(string message, Exception innerException) : base(message, innerException) { }
}
