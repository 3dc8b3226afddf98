using System.Diagnostics;
using OpinionAct.Media.IntegrationTests.Infrastructure;

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
            Assert.Equal("error: Unknown command 'tenants explode'. Run 'help' for the list.", wrong.Error.Split('\n')[0].Trim());
        }
        finally
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }

    [Fact]
    public async Task Built_dll_should_exit_2_with_the_usage_instead_of_starting_a_host_when_the_verb_is_unknown()
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("n")[..12]);

        // Before the fix this started a web host that never exited; the timeout turns that into a failure.
        var result = await RunAsync(dataPath, "photos", "import", "--tenant", "demo", "x.jpg");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: Unknown command 'photos'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("tenants create --name N", result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dataPath), "a refused command must not create the data folder");
    }

    [Fact]
    public async Task Built_node_should_apply_its_shipped_log_levels_when_started_from_another_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "media-tests", Guid.NewGuid().ToString("n")[..12]);
        Directory.CreateDirectory(folder);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "OpinionAct.Media.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["Media__DataPath"] = Path.Combine(folder, "data");
        start.Environment["Media__Database__Provider"] = "Sqlite";
        start.Environment["Media__DemoTenant__Enabled"] = "false";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            await Eventually.TrueAsync(async () => await AnswersAsync(client), TimeSpan.FromSeconds(60), "the node answers /health/live");
            for (var i = 0; i < 3; i++)
            {
                Assert.True(await AnswersAsync(client));
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }

        var log = await output + await error;

        // appsettings.json sets Microsoft.AspNetCore to Warning; before the fix a node started from a folder without
        // that file logged every request at Information ("Request starting ...", "Request finished ...").
        Assert.Contains("Now listening on", log, StringComparison.Ordinal);
        Assert.DoesNotContain("Request starting", log, StringComparison.Ordinal);
    }

    private static async Task<bool> AnswersAsync(HttpClient client)
    {
        try
        {
            return (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
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
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{string.Join(' ', args)}' was still running after 90 s: it started a web host. Output: {await output}");
        }

        return (process.ExitCode, await output, await error);
    }
}
