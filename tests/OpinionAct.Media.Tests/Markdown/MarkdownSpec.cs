namespace OpinionAct.Media.Tests.Markdown;

/// <summary>
/// One case of a spec file under Specs/Markdown: a <c>## name</c> heading, an input block
/// (<c>markdown</c> or <c>untrusted-html</c>) and the expected <c>html</c>, each fenced with four
/// backticks. See docs/markdown.md.
/// </summary>
public sealed record MarkdownSpec(string File, string Name, int Line, string InputKind, string Input, string Expected)
{
    public const string Folder = "Specs/Markdown";
    private const string Fence = "````";

    public static IEnumerable<string> Files() =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, Folder), "*.md").Order(StringComparer.Ordinal);

    public static IReadOnlyList<MarkdownSpec> ReadAll() => [.. Files().SelectMany(Read)];

    /// <summary>Reads every case of a spec file; a malformed file fails with its name and line.</summary>
    public static IReadOnlyList<MarkdownSpec> Read(string path)
    {
        var file = Path.GetFileName(path);
        var lines = System.IO.File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var specs = new List<MarkdownSpec>();
        string? name = null;
        var nameLine = 0;
        var blocks = new List<(string Kind, string Text)>();

        void Close()
        {
            if (name is null)
            {
                return;
            }

            if (blocks.Count != 2 || blocks[0].Kind is not ("markdown" or "untrusted-html") || blocks[1].Kind != "html")
            {
                throw new InvalidDataException(
                    $"{file}:{nameLine}: case '{name}' needs a ````markdown or ````untrusted-html block, then a ````html block.");
            }

            specs.Add(new MarkdownSpec(file, name, nameLine, blocks[0].Kind, blocks[0].Text, blocks[1].Text));
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                Close();
                name = lines[i][3..].Trim();
                nameLine = i + 1;
                blocks.Clear();
            }
            else if (lines[i].StartsWith(Fence, StringComparison.Ordinal))
            {
                var kind = lines[i][Fence.Length..].Trim();
                var start = i + 1;
                do
                {
                    i++;
                }
                while (i < lines.Length && lines[i] != Fence);

                if (i == lines.Length || name is null)
                {
                    throw new InvalidDataException($"{file}:{start}: unclosed ````{kind} block, or a block before the first '## ' case.");
                }

                blocks.Add((kind, string.Join('\n', lines[start..i]).TrimEnd('\n')));
            }
        }

        Close();
        return specs;
    }

    public override string ToString() => $"{File}: {Name}";
}
