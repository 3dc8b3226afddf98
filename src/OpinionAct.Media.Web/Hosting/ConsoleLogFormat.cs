using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// Console logs a person can read on a terminal (the simple formatter), JSON everywhere else
/// (containers, systemd, files: whatever ships logs reads JSON). <c>Logging:Console:FormatterName</c>
/// in configuration decides either way. Either carries the node's name (<c>Media:NodeName</c>) on every line and,
/// inside a request, its trace id (the scopes: the host tracks the current activity's trace and span ids).
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

        // The node and the trace id travel as scopes: on for both formatters.
        logging.Services.Configure<SimpleConsoleFormatterOptions>(options => options.IncludeScopes = true);
        logging.Services.Configure<JsonConsoleFormatterOptions>(options => options.IncludeScopes = true);
        logging.Services.Configure<LoggerFactoryOptions>(options =>
            options.ActivityTrackingOptions |= ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

        var console = logging.Services.FirstOrDefault(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider));
        if (console is not null)
        {
            logging.Services.Remove(console);
            logging.Services.TryAddSingleton<ConsoleLoggerProvider>();
            logging.Services.AddSingleton<ILoggerProvider>(sp => new NodeConsoleLoggerProvider(
                sp.GetRequiredService<ConsoleLoggerProvider>(), NodeNames.Resolve(sp.GetRequiredService<IOptions<MediaOptions>>().Value.NodeName)));
        }

        return logging;
    }
}
