namespace OpinionAct.Media.Web.Cli;

/// <summary>What a command works with: services, its arguments and the three standard streams.</summary>
internal sealed record CliContext(IServiceProvider Services, CliArguments Arguments, TextWriter Out, TextWriter Error, TextReader In)
{
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}
