using Microsoft.Extensions.Logging.Console;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Console logs a person can read on a terminal (the simple formatter), JSON everywhere else
/// (containers, systemd, files: whatever ships logs reads JSON). <c>Logging:Console:FormatterName</c>
/// in configuration decides either way.
/// </summary>
public static class ConsoleLogFormat
{
    public const string ConfigurationKey = "Logging:Console:FormatterName";

    public static string Choose(string? configured, bool outputRedirected) =>
        !string.IsNullOrWhiteSpace(configured) ? configured
        : outputRedirected ? ConsoleFormatterNames.Json
        : ConsoleFormatterNames.Simple;

    public static ILoggingBuilder AddMediaConsoleFormat(this ILoggingBuilder logging, IConfiguration configuration)
    {
        // Read when the options are built, so configuration added later (tests, reloads) is seen.
        logging.Services.Configure<ConsoleLoggerOptions>(options =>
            options.FormatterName = Choose(configuration[ConfigurationKey], Console.IsOutputRedirected));
        return logging;
    }
}
