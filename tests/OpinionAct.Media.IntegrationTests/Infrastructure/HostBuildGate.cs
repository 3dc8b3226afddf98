using Microsoft.Extensions.Hosting;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// One host built at a time in this test process. <c>WebApplicationFactory</c> finds the host <c>Program</c> builds by
/// listening to the process-wide "Microsoft.Extensions.Hosting" diagnostic events, and takes the first "HostBuilt" it
/// hears. Any other host built meanwhile (another test's node, or a CLI command run in-process, whose
/// <c>HostApplicationBuilder</c> raises the same events) can be taken instead: the test then runs on a host with other
/// settings. That is how the data path refusal tests failed now and then: the "refused" node started in milliseconds
/// with no refusal, because it was a CLI command's host. So node builds and in-process CLI runs all pass this gate.
/// </summary>
public static class HostBuildGate
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static IHost Build(Func<IHost> build)
    {
        Gate.Wait();
        try
        {
            return build();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Runs a CLI command in-process; its host is built (and the command run) while no node is being built.</summary>
    public static async Task<int> RunCliAsync(Func<Task<int>> run)
    {
        await Gate.WaitAsync();
        try
        {
            return await run();
        }
        finally
        {
            Gate.Release();
        }
    }
}
