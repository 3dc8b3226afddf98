using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// Keeps Markdig's inline parsing within <see cref="MarkdownLimits"/>: when a paragraph, heading or
/// table is closed (block parsing, before any inline parsing), one that is too long, or that would
/// take the document over its inline budget or its table cells, gets its text as a single literal
/// and is not parsed further.
/// </summary>
internal sealed class InlineLimitExtension : IMarkdownExtension
{
    private static readonly object BudgetKey = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (var parser in pipeline.BlockParsers)
        {
            parser.Closed -= OnBlockClosed;
            parser.Closed += OnBlockClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void OnBlockClosed(BlockProcessor processor, Block block)
    {
        if (block is not LeafBlock { ProcessInlines: true } leaf)
        {
            return;
        }

        var length = 0L;
        var widestRow = 0;
        var lines = leaf.Lines.Lines;
        for (var i = 0; i < leaf.Lines.Count; i++)
        {
            var slice = lines[i].Slice.AsSpan();
            length += slice.Length + 1;
            widestRow = Math.Max(widestRow, slice.Count('|') + 1);
        }

        var budget = processor.Document.GetData(BudgetKey) as InlineBudget;
        if (budget is null)
        {
            budget = new InlineBudget();
            processor.Document.SetData(BudgetKey, budget);
        }

        var cost = length * length;
        var cells = widestRow > 1 ? (long)leaf.Lines.Count * widestRow : 0;
        if (length <= MarkdownLimits.MaxInlineLength
            && budget.Spent + cost <= MarkdownLimits.InlineWorkBudget
            && budget.Cells + cells <= MarkdownLimits.MaxTableCells)
        {
            budget.Spent += cost;
            budget.Cells += cells;
            return;
        }

        leaf.ProcessInlines = false;
        leaf.Inline = new ContainerInline().AppendChild(new LiteralInline(leaf.Lines.ToString()));
    }

    private sealed class InlineBudget
    {
        public long Spent { get; set; }

        public long Cells { get; set; }
    }
}
