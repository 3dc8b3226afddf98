using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Hosting;

/// <summary>How the web host reads its configuration.</summary>
public sealed class HostConfigurationTests
{
    [Fact]
    public async Task Host_should_read_settings_files_once_without_watching_them()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage);

        var root = (IConfigurationRoot)host.Get<IConfiguration>();
        var files = root.Providers.OfType<JsonConfigurationProvider>().ToList();

        // appsettings.json at least; each watched file would hold an inotify instance (128 per user by default).
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.False(file.Source.ReloadOnChange, $"{file.Source.Path} is watched"));
    }
}
