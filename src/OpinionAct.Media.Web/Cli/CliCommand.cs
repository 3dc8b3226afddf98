namespace OpinionAct.Media.Web.Cli;

/// <summary>
/// One verb of the CLI: the words that name it (<c>tenants create</c>), how many bare arguments
/// follow them (<c>tenants disable N</c> takes one), its usage and what runs it.
/// </summary>
internal sealed record CliCommand(IReadOnlyList<string> Words, string Usage, Func<CliContext, Task<int>> Run, int Positionals = 0)
{
    /// <summary><see cref="Positionals"/> of a verb that takes one or more bare arguments (<c>media import --tenant N PATH...</c>).</summary>
    public const int OneOrMore = -1;

    public string Name => string.Join(' ', Words);

    /// <summary>True when <paramref name="words"/> starts with this command's words.</summary>
    public bool Matches(IReadOnlyList<string> words) => StartsWith(words, Words);

    public static bool StartsWith(IReadOnlyList<string> words, IReadOnlyList<string> prefix) =>
        words.Count >= prefix.Count && prefix.Select((w, i) => words[i] == w).All(same => same);
}
