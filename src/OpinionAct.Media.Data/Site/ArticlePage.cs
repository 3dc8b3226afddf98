using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Syndication;

namespace OpinionAct.Media.Data.Site;

/// <summary>
/// What an article's page reads in one query: the published article, whole but without its topics and experts (see
/// <see cref="SiteStore.LinkAsync"/>), and the ally whose article it republishes, to credit (null for the hub's own).
/// </summary>
public sealed record ArticlePage(ArticleRecord Article, SyndicatedCopyRecord? Origin);
