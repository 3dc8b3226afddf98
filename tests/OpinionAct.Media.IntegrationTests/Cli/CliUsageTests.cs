using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Cli;

namespace OpinionAct.Media.IntegrationTests.Cli;

/// <summary>What the executable does with its first word: a command, its usage, or the web host.</summary>
public sealed class CliUsageTests
{
    [Fact]
    public async Task Unknown_verb_should_exit_2_with_the_usage_on_stderr_when_it_is_not_a_host_option()
    {
        string[] args = ["photos", "import", "--tenant", "demo", "x.jpg"];

        var result = await RunAsync(args);

        Assert.True(MediaCli.Handles(args), "an unknown verb must not start the web host");
        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.StartsWith("error: Unknown command 'photos'. Run 'help' for the list.", result.Error, StringComparison.Ordinal);
        Assert.Contains("tenants create --name N", result.Error, StringComparison.Ordinal);
        Assert.Contains("users add --tenant N", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--urls", "http://127.0.0.1:0")]
    [InlineData("--environment", "Production")]
    [InlineData("--contentRoot", "/srv/media")]
    [InlineData("Media:DataPath=/srv/data", "--urls=http://127.0.0.1:0")]
    [InlineData("--Media:DemoTenant:Enabled", "false")]
    [InlineData("/urls", "http://127.0.0.1:0")]
    public void Host_options_should_start_the_web_host_when_they_come_first(string first, string second)
    {
        Assert.False(MediaCli.Handles([first, second]));
    }

    [Fact]
    public void No_argument_should_start_the_web_host()
    {
        Assert.False(MediaCli.Handles([]));
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Create_help_should_print_only_the_create_usage_on_stdout(string help)
    {
        var result = await RunAsync(["tenants", "create", help]);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("tenants create --name N [--display-name D]", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("tenants list", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("users add", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_command_should_answer_help_with_its_own_usage()
    {
        foreach (var command in CliCommands.All)
        {
            var result = await RunAsync([.. command.Words, "--help"]);

            Assert.True(result.ExitCode == 0, $"{command.Name}: {result}");
            Assert.Equal(command.Usage.Split('\n')[0].Trim(), result.Out.Split('\n')[1].Trim());
        }
    }

    [Fact]
    public async Task Verb_help_should_list_its_sub_verbs_only()
    {
        var result = await RunAsync(["tenants", "-h"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("tenants remove N --yes", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("recipes", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Help_alone_should_print_every_command(string help)
    {
        var result = await RunAsync([help]);

        Assert.True(MediaCli.Handles([help]));
        Assert.Equal(0, result.ExitCode);
        foreach (var command in CliCommands.All)
        {
            Assert.Contains(command.Name, result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Unknown_sub_verb_should_exit_2_with_one_sentence_then_the_verb_usage()
    {
        var result = await RunAsync(["tenants", "explode"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Unknown command 'tenants explode'. Run 'help' for the list.", result.Error.Split('\n')[0].Trim());
        Assert.Contains("tenants create --name N", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("recipes run", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_with_a_topic_should_print_that_topic_only()
    {
        var result = await RunAsync(["help", "subscribers"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("subscribers import --tenant N", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("tenants", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_positional_should_exit_2_with_the_command_usage()
    {
        var result = await RunAsync(["tenants", "disable"]);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: 'tenants disable' takes 1 argument(s).", result.Error, StringComparison.Ordinal);
        Assert.Contains("tenants disable N", result.Error, StringComparison.Ordinal);
    }

    private static async Task<CliResult> RunAsync(string[] args)
    {
        // No storage: usage and help are decided before any configuration or database is read.
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await HostBuildGate.RunCliAsync(() => MediaCli.RunAsync(args, stdout, stderr, TextReader.Null, new Dictionary<string, string?> { ["Media:DataPath"] = "/nonexistent/media-cli-usage" }));
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
