
namespace OpinionAct.Media.Web.Cli;

/// <summary>
/// Every verb of the CLI with its usage (each module declares its own): the one table that dispatch, <c>--help</c> and the usage
/// printed on a mistake are read from, so they cannot disagree.
/// </summary>
internal static class CliCommands
{
    /// <summary>Every module's verbs, in the modules' order.</summary>
    public static readonly IReadOnlyList<CliCommand> All = Program.Modules.SelectMany(module => module.Commands).ToList();

    /// <summary>The first words of every command (<c>tenants</c>, <c>users</c>...), plus <c>help</c>.</summary>
    public static readonly IReadOnlySet<string> Verbs = All.Select(c => c.Words[0]).Append("help").ToHashSet(StringComparer.Ordinal);

    /// <summary>Everything: what <c>help</c> prints, and what a mistyped verb is answered with.</summary>
    public static string Usage() => Usage(All, "OpinionAct Media management commands (each answers --help)");

    /// <summary>The usage of every command starting with <paramref name="words"/> (<c>tenants</c>: all of them).</summary>
    public static string Usage(IReadOnlyList<string> words) =>
        Usage(All.Where(c => c.Matches(words) || CliCommand.StartsWith(c.Words, words)), "usage:");

    private static string Usage(IEnumerable<CliCommand> commands, string title) =>
        title + "\n" + string.Join("\n", commands.SelectMany(c => c.Usage.Split('\n')).Select(line => "  " + line.TrimEnd()));
}
