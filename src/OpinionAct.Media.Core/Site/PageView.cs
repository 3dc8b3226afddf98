namespace OpinionAct.Media.Site;

/// <summary>The <c>model</c> of the static page template (about, legal notice...).</summary>
public sealed record PageView(string Title, string BodyHtml, string Url);
