using System.Text.Json;
using System.Text.Json.Serialization;
using OpinionAct.Media.Data;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Cli;

/// <summary>
/// The management CLI in the web executable, after Mastodon's tootctl. Uses the same
/// configuration as the web host (appsettings.json, <c>Media__*</c> environment variables).
/// Exit codes: 0 success, 1 the operation was refused (one line on stderr), 2 bad usage.
/// </summary>
public static class MediaCli
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    internal static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>
    /// Host settings of both the web host and the CLI. Configuration is read once at start: a change
    /// takes effect on restart, as on every node of a cluster, and no process holds a file watcher
    /// (an inotify instance, 128 per user by default) for each settings file.
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string?> HostDefaults = new Dictionary<string, string?>
    {
        ["hostBuilder:reloadConfigOnChange"] = "false",
    };

    /// <summary>
    /// True when the arguments name a command rather than configure the web host. Host options
    /// (<c>--urls</c>, <c>--environment</c>, <c>/key value</c>, <c>key=value</c>) start the host; any
    /// other first word is a command, so a mistyped one is refused with the usage instead of
    /// silently starting a server that a script would wait on for ever.
    /// </summary>
    public static bool Handles(string[] args) => args.Length > 0 && !IsHostOption(args[0]);

    private static bool IsHostOption(string arg) =>
        arg is not ("--help" or "-h")
        && (arg.StartsWith('-') || arg.StartsWith('/') || arg.Contains('=', StringComparison.Ordinal));

    /// <param name="settings">Extra configuration, applied over appsettings and environment (tests use it).</param>
    public static async Task<int> RunAsync(
        string[] args,
        TextWriter stdout,
        TextWriter stderr,
        TextReader stdin,
        IReadOnlyDictionary<string, string?>? settings = null)
    {
        CliArguments arguments;
        try
        {
            arguments = CliArguments.Parse(args);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Usage;
        }

        // Decided before the host is built: help and mistakes never touch the database.
        var (command, exitCode) = await ResolveAsync(arguments, stdout, stderr);
        if (command is null)
        {
            return exitCode;
        }

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
            Configuration = HostConfiguration(),
        });
        builder.Configuration.AddShippedDefaults(builder.Environment.ContentRootPath);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        // The CLI reports outcomes itself; framework logs would bury the one line that matters.
        builder.Logging.ClearProviders();
        builder.Services.AddMediaPlatform(builder.Environment.ContentRootPath, builder.Configuration);

        try
        {
            using var host = builder.Build();
            await host.Services.GetRequiredService<MediaDatabase>().MigrateHostAsync(CancellationToken.None);
            var context = new CliContext(host.Services, arguments, stdout, stderr, stdin);
            return await command.Run(context);
        }
        catch (CliUsageException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Usage;
        }
        catch (MediaValidationException ex)
        {
            await stderr.WriteLineAsync($"error: {ex.Message}");
            return Failure;
        }
    }

    /// <summary>
    /// Finds the command the words name, or answers help and usage mistakes itself: then the command
    /// is null and the exit code is what the process returns.
    /// </summary>
    private static async Task<(CliCommand? Command, int ExitCode)> ResolveAsync(CliArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var words = arguments.Words;
        if (words.Count == 0 || words[0] == "help")
        {
            var topic = words.Skip(1).ToList();
            if (topic.Count > 0 && !CliCommands.All.Any(c => c.Matches(topic) || CliCommand.StartsWith(c.Words, topic)))
            {
                return (null, await UsageErrorAsync(stderr, $"Unknown command '{string.Join(' ', topic)}'. Run 'help' for the list.", CliCommands.Usage()));
            }

            if (words.Count == 0 && !arguments.Flag("help"))
            {
                return (null, await UsageErrorAsync(stderr, "Name a command.", CliCommands.Usage()));
            }

            await stdout.WriteLineAsync(topic.Count == 0 ? CliCommands.Usage() : CliCommands.Usage(topic));
            return (null, Success);
        }

        if (!CliCommands.Verbs.Contains(words[0]))
        {
            return (null, await UsageErrorAsync(stderr, $"Unknown command '{words[0]}'. Run 'help' for the list.", CliCommands.Usage()));
        }

        var command = CliCommands.All.FirstOrDefault(c => c.Matches(words));
        if (command is null)
        {
            var message = words.Count == 1 ? $"'{words[0]}' needs a sub-command." : $"Unknown command '{string.Join(' ', words)}'. Run 'help' for the list.";
            if (words.Count == 1 && arguments.Flag("help"))
            {
                await stdout.WriteLineAsync(CliCommands.Usage(words));
                return (null, Success);
            }

            return (null, await UsageErrorAsync(stderr, message, CliCommands.Usage([words[0]])));
        }

        if (arguments.Flag("help"))
        {
            await stdout.WriteLineAsync(CliCommands.Usage(command.Words));
            return (null, Success);
        }

        if (command.Positionals == CliCommand.OneOrMore ? words.Count <= command.Words.Count : words.Count != command.Words.Count + command.Positionals)
        {
            var expected = command.Positionals switch
            {
                0 => "takes no further word",
                CliCommand.OneOrMore => "takes at least one argument",
                _ => $"takes {command.Positionals} argument(s)",
            };
            return (null, await UsageErrorAsync(stderr, $"'{command.Name}' {expected}.", CliCommands.Usage(command.Words)));
        }

        return (command, Success);
    }

    private static ConfigurationManager HostConfiguration()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(HostDefaults);
        return configuration;
    }

    private static async Task<int> UsageErrorAsync(TextWriter stderr, string message, string usage)
    {
        await stderr.WriteLineAsync($"error: {message}");
        await stderr.WriteLineAsync();
        await stderr.WriteLineAsync(usage);
        return Usage;
    }
}
