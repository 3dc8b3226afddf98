using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>Runs the management CLI in process against a test storage and captures its streams.</summary>
public static class CliRunner
{
    public static async Task<CliResult> RunWithInputAsync(TestStorage storage, string stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        using var input = new StringReader(stdin ?? string.Empty);
        var code = await HostBuildGate.RunCliAsync(() => MediaCli.RunAsync(args, stdout, stderr, input, storage.Settings()));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static Task<CliResult> RunAsync(TestStorage storage, params string[] args) => RunWithInputAsync(storage, string.Empty, args);
}

public sealed record CliResult(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout: {Out}\nstderr: {Error}";
}
