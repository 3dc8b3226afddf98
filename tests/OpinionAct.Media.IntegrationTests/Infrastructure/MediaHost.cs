using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// One web node of the platform, in process, on a given storage; with <paramref name="clock"/>, every
/// time-dependent service of the node reads that clock, so a test moves time instead of waiting for it.
/// </summary>
/// <param name="schedulerJobs">
/// False for a test that runs due work itself (publishing, purges, deliveries) on a clock it moves: moving the clock
/// makes that work due, and the scheduler would otherwise run it in the background, racing the test's own call.
/// </param>
/// <param name="testServices">Services a test adds to the node (a probe job), after the node's own.</param>
public sealed class MediaHost(TestStorage storage, IReadOnlyDictionary<string, string?>? overrides = null, TimeProvider? clock = null, bool schedulerJobs = true, Action<IServiceCollection>? testServices = null) : WebApplicationFactory<Program>
{
    public TestStorage Storage { get; } = storage;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public TenantProvisioner Provisioner => Get<TenantProvisioner>();

    /// <summary>One host built at a time in this process (<see cref="HostBuildGate"/>).</summary>
    protected override IHost CreateHost(IHostBuilder builder) => HostBuildGate.Build(() => base.CreateHost(builder));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config =>
        {
            var settings = Storage.Settings();
            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            config.AddInMemoryCollection(settings);
        });
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, LoopbackAddressFilter>());
        if (clock is not null)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }

        if (!schedulerJobs)
        {
            builder.ConfigureTestServices(services => services.RemoveAll<ITenantJob>());
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>A client that does not follow redirects, so tests see 301/302 as they are.</summary>
    public HttpClient Client(string host = "localhost") => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        BaseAddress = new Uri($"http://{host}"),
        HandleCookies = true,
    });

    /// <summary>Creates and sets up a tenant through the same path the console and CLI use.</summary>
    public async Task<string> CreateTenantAsync(string? name = null, string? prefix = null, string[]? hosts = null, string? recipe = null)
    {
        name ??= "t" + Guid.NewGuid().ToString("n")[..10];
        var result = await Provisioner.CreateAsync(new TenantCreateRequest { Name = name, Prefix = prefix, Hosts = hosts ?? [], Recipe = recipe }, default);
        Assert.True(result.Succeeded, result.Report.Summary);
        return name;
    }

    /// <summary>
    /// Starts a node that should refuse to start and returns what its start threw (null if it started). When the
    /// refusal stops the app while <c>WebApplicationFactory</c> is still starting it, the factory can report its own
    /// <see cref="ObjectDisposedException"/> (the stopped app's services) instead of the refusal (seen in CI, 1 run in
    /// 7): that start is tried again, up to three times, so tests assert the refusal itself.
    /// </summary>
    public static async Task<Exception?> StartupErrorAsync(TestStorage storage, IReadOnlyDictionary<string, string?> settings)
    {
        Exception? error = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            await using (var node = new MediaHost(storage, settings))
            {
                error = Record.Exception(() => node.Services);
            }

            if (error is not ObjectDisposedException)
            {
                break;
            }
        }

        return error;
    }

    /// <summary>A service scope of the named tenant, as a request to it would have.</summary>
    public async Task<AsyncServiceScope> TenantScopeAsync(string name) =>
        Services.CreateTenantScope((await Get<ITenantStore>().FindAsync(name, default))!);
}
