namespace OpinionAct.Media.Web.Portability;

/// <summary>What an export wrote, for the CLI's last line and the console's log.</summary>
internal sealed class RecipeExportSummary
{
    public int Topics { get; set; }

    public int Experts { get; set; }

    public int Articles { get; set; }

    public int Pages { get; set; }

    public int Redirects { get; set; }

    public int MediaFiles { get; set; }

    public long Bytes { get; set; }

    public override string ToString() =>
        $"{Articles} articles, {Pages} pages, {Topics} topics, {Experts} experts, {Redirects} redirects, {MediaFiles} media files, {Bytes / 1024.0:N0} KB";
}
