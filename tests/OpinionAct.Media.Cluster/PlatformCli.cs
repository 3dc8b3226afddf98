using System.Diagnostics;

namespace OpinionAct.Media.Cluster;

/// <summary>The product's own CLI (the same dll with a verb), run with the cluster's settings, as an operator would.</summary>
public sealed class PlatformCli(ClusterLayout layout)
{
    public async Task<string> RunAsync(string input, params string[] verb)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(layout.Options.Web, "OpinionAct.Media.Web.dll"), .. verb])
        {
            WorkingDirectory = layout.Options.Web,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in layout.Environment("cli", port: null))
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("the CLI did not start.");
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{string.Join(' ', verb)}' exited with {process.ExitCode}: {await error}{await output}");
        }

        return await output;
    }
}
