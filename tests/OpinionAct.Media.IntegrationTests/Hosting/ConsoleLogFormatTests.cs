using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.IntegrationTests.Hosting;

public sealed class ConsoleLogFormatTests
{
    [Theory]
    [InlineData(null, false, "simple")]
    [InlineData(null, true, "json")]
    [InlineData("", false, "simple")]
    [InlineData("json", false, "json")]
    [InlineData("simple", true, "simple")]
    [InlineData("systemd", true, "systemd")]
    public void Choose_should_read_text_on_a_terminal_and_json_elsewhere_unless_configured(string? configured, bool redirected, string expected)
    {
        Assert.Equal(expected, ConsoleLogFormat.Choose(configured, redirected));
    }

    [Theory]
    [InlineData(null, "json")]
    [InlineData("simple", "simple")]
    [InlineData("systemd", "systemd")]
    public async Task Host_should_take_the_formatter_from_configuration_when_one_is_set(string? configured, string expected)
    {
        // The test runner redirects stdout, so without configuration the node picks JSON.
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?> { [ConsoleLogFormat.ConfigurationKey] = configured });

        var options = host.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(expected, options.FormatterName);
    }
}
