namespace OpinionAct.Media.Web.Cli;

/// <summary>
/// Parsed command line: leading words (<c>tenants create</c>) and <c>--option value</c> pairs.
/// Options may repeat (<c>--host a --host b</c>); <c>--json</c>, <c>--yes</c>, <c>--zero-results</c> and <c>--help</c> (or <c>-h</c>) take no value.
/// </summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "yes", "help", "zero-results", "skip-invalid", "soft", "no-hosts", "no-prefix", "redirect-old", "include-media", "force" };
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CliArguments(List<string> words) => Words = words;

    public IReadOnlyList<string> Words { get; }

    /// <exception cref="CliUsageException">An option lacks its value.</exception>
    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var parsed = new CliArguments(words);
        for (var i = 0; i < args.Count; i++)
        {
            // -h is the one short option: people type it before reading any usage.
            var arg = args[i] == "-h" ? "--help" : args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }

            var name = arg[2..];
            string value;
            var equals = name.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            else if (Flags.Contains(name))
            {
                value = "true";
            }
            else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                value = args[++i];
            }
            else
            {
                throw new CliUsageException($"Option --{name} needs a value.");
            }

            if (!parsed._options.TryGetValue(name, out var values))
            {
                parsed._options[name] = values = [];
            }

            values.Add(value);
        }

        return parsed;
    }

    public string? Option(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? values[^1] : null;
    }

    /// <exception cref="CliUsageException">The option is missing.</exception>
    public string Required(string name) => Option(name) ?? throw new CliUsageException($"Option --{name} is required.");

    public IReadOnlyList<string> All(string name)
    {
        _read.Add(name);
        return _options.TryGetValue(name, out var values) ? values : [];
    }

    public bool Flag(string name) => Option(name) is not null;

    /// <summary>Call after a command read its options: anything else was a typo and is refused.</summary>
    /// <exception cref="CliUsageException">An option the command does not take.</exception>
    public void RejectUnknownOptions()
    {
        var unknown = _options.Keys.Where(k => !_read.Contains(k)).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"Unknown option(s) for this command: {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }
    }
}
