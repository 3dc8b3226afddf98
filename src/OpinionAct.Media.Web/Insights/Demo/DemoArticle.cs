namespace OpinionAct.Media.Web.Insights.Demo;

/// <summary>A published article the demo history gives readers to, with its topics and experts.</summary>
public sealed record DemoArticle(int Id, int[] Topics, int[] Experts);
