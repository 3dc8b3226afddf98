using BenchmarkDotNet.Attributes;
using Markdig;
using OpinionAct.Media.Markdown;

namespace OpinionAct.Media.Benchmarks.Bdn;

/// <summary>
/// <see cref="MarkdownRenderer.Render"/> of a realistic article and of a short bio. The baseline is
/// Markdig alone on the same article (the same advanced extensions, raw HTML off, no sanitiser, no
/// heading ids, no plain text): the ratio is what the platform's safety and text extraction cost on
/// top of the parser. The renderer keeps no cache, so every call does the whole work.
/// </summary>
// Public and not sealed, unlike the rest of the code: BenchmarkDotNet finds benchmark classes by
// reflection among public types and generates a runner class that derives from each one.
public class MarkdownBenchmarks
{
    private readonly MarkdownRenderer _renderer = new();

    private readonly MarkdownPipeline _markdigOnly = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();

    private string _articleHtml = string.Empty;

    [GlobalSetup]
    public void Setup() => _articleHtml = Markdig.Markdown.ToHtml(SampleArticle.Markdown, _markdigOnly);

    [Benchmark(Baseline = true, Description = "Markdig alone, article")]
    public string MarkdigOnlyArticle() => Markdig.Markdown.ToHtml(SampleArticle.Markdown, _markdigOnly);

    [Benchmark(Description = "Render, article")]
    public RenderedMarkdown RenderArticle() => _renderer.Render(SampleArticle.Markdown);

    [Benchmark(Description = "Render, bio")]
    public RenderedMarkdown RenderBio() => _renderer.Render(SampleArticle.Bio);

    /// <summary>An imported HTML body (Orchard's HtmlBodyPart) of the same size: the sanitiser and text extraction without Markdig.</summary>
    [Benchmark(Description = "RenderHtmlBody, article HTML")]
    public RenderedMarkdown RenderHtmlBodyArticle() => _renderer.RenderHtmlBody(_articleHtml);
}
