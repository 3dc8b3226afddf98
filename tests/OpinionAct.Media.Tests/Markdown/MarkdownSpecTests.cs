using System.Text.RegularExpressions;
using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Tests.Markdown;

/// <summary>Runs every case of Specs/Markdown/*.md (Markdig's habit: untrusted input pinned by spec files).</summary>
public sealed partial class MarkdownSpecTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var spec in MarkdownSpec.ReadAll())
        {
            data.Add(spec.File, spec.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Renderer_should_produce_the_spec_html_for_each_spec_case(string file, string name)
    {
        var spec = Find(file, name);

        var actual = Run(spec);

        Assert.Equal(spec.Expected, actual);
    }

    // A second line of defence, independent of the expected outputs: whatever a case expects,
    // nothing active may come out.
    [Theory]
    [MemberData(nameof(Cases))]
    public void Renderer_should_emit_no_active_content_for_any_spec_case(string file, string name)
    {
        var actual = Run(Find(file, name));

        Assert.DoesNotMatch(ActiveContent(), actual);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=\"x\" alt=\"a\" onerror=\"alert(1)\">")]
    [InlineData("<a href=\" JavaScript:alert(1)\">a</a>")]
    [InlineData("<img src=\"data:image/svg+xml,x\">")]
    [InlineData("<p title=\"t\" style=\"color:red\">a</p>")]
    [InlineData("<svg><a xlink:href=\"x\">a</a></svg>")]
    public void Active_content_check_should_catch_payloads_when_they_are_not_sanitised(string payload)
    {
        Assert.Matches(ActiveContent(), payload);
    }

    [Fact]
    public void Spec_files_should_hold_uniquely_named_cases_when_read()
    {
        var specs = MarkdownSpec.ReadAll();

        Assert.True(MarkdownSpec.Files().Count() >= 3, "the spec files are copied to the test output");
        Assert.True(specs.Count >= 90, $"expected at least 90 cases, found {specs.Count}");
        Assert.Empty(specs.GroupBy(s => (s.File, s.Name)).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static MarkdownSpec Find(string file, string name) =>
        MarkdownSpec.Read(Path.Combine(AppContext.BaseDirectory, MarkdownSpec.Folder, file)).Single(s => s.Name == name);

    private static string Run(MarkdownSpec spec) =>
        (spec.InputKind == "markdown" ? Renderer.Render(spec.Input).Html : Renderer.SanitizeHtml(spec.Input)).TrimEnd('\n');

    [GeneratedRegex(
        @"<\s*/?\s*(script|style|iframe|frame|object|embed|svg|math|form|button|textarea|select|base|meta|link|template|noscript)\b"
        + @"|<[a-z][a-z0-9]*(\s+[a-z:-]+=""[^""]*"")*\s+(on[a-z]+|style|srcset|formaction|xlink:href)\s*="
        + @"|\s(href|src)\s*=\s*""\s*(javascript|vbscript|data|file):",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActiveContent();
}
