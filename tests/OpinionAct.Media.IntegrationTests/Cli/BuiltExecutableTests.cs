using System.Diagnostics;

namespace OpinionAct.Media.IntegrationTests.Cli;

/// <summary>The built dll takes the same verbs as `dotnet run -- ...`, configured by environment variables.</summary>
public sealed class BuiltExecutableTests
{
    [Fact]
    public async Task Built_dll_should_run_cli_verbs_with_environment_configuration()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("n")[..12]);
        try
        {
            var created = await RunAsync(dataPath, "tenants", "create", "--name", "from-dll");
            var listed = await RunAsync(dataPath, "tenants", "list");
            var wrong = await RunAsync(dataPath, "tenants", "explode");

            Assert.Equal(0, created.ExitCode);
            Assert.Contains("from-dll", listed.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(dataPath, "tenants", "from-dll", "tenant.db")));
            Assert.Equal(2, wrong.ExitCode);
            Assert.Equal("error: Unknown command 'tenants explode'. Run 'help' for the list.", wrong.Error.Trim());
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Out, string Error)> RunAsync(string dataPath, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpinionAct.Media.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Media__DataPath"] = dataPath;
        start.Environment["Media__Database__Provider"] = "Sqlite";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
