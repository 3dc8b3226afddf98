using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace OpinionAct.Media.Markdown;

/// <summary>
/// Markdig writes column alignment and grid-table widths as <c>style</c> attributes, which the
/// sanitiser removes with every other <c>style</c>. Alignment is kept as a class
/// (<c>align-left</c>, <c>align-center</c>, <c>align-right</c>) for themes to style instead.
/// </summary>
internal static class TableAlignment
{
    public static void ToClasses(MarkdownDocument document)
    {
        foreach (var table in document.Descendants<Table>())
        {
            var columns = table.ColumnDefinitions;
            foreach (var row in table.OfType<TableRow>())
            {
                for (var i = 0; i < row.Count; i++)
                {
                    if (row[i] is not TableCell cell)
                    {
                        continue;
                    }

                    var index = cell.ColumnIndex < 0 ? i : cell.ColumnIndex;
                    var alignment = index < columns.Count ? columns[index].Alignment : null;
                    var name = alignment switch
                    {
                        TableColumnAlign.Left => "align-left",
                        TableColumnAlign.Center => "align-center",
                        TableColumnAlign.Right => "align-right",
                        _ => null,
                    };
                    if (name is not null)
                    {
                        cell.GetAttributes().AddClass(name);
                    }
                }
            }

            foreach (var column in columns)
            {
                column.Alignment = null;
                column.Width = 0;
            }
        }
    }
}
