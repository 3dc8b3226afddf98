using System.Globalization;
using System.Text;
using System.Xml;
using OpinionAct.Media.Data.Content;

namespace OpinionAct.Media.Web.Site;

/// <summary>RSS 2.0, Atom 1.0 and sitemap.xml, written directly with XmlWriter (no extra package, nothing to configure).</summary>
public static class SyndicationWriter
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string DublinCore = "http://purl.org/dc/elements/1.1/";
    private const string MediaRss = "http://search.yahoo.com/mrss/";
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false, Async = false };

    public static byte[] Rss(SiteRequest site, string title, string selfUrl, string pageUrl, IReadOnlyList<ArticleRecord> articles) => Write(xml =>
    {
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteAttributeString("xmlns", "dc", null, DublinCore);
        xml.WriteAttributeString("xmlns", "media", null, MediaRss);
        xml.WriteStartElement("channel");
        xml.WriteElementString("title", title);
        xml.WriteElementString("link", site.Urls.Absolute(pageUrl));
        xml.WriteElementString("description", site.Settings.Description ?? title);
        xml.WriteElementString("language", site.Settings.Language);
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("href", site.Urls.Absolute(selfUrl));
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
        if (articles.Count > 0)
        {
            xml.WriteElementString("lastBuildDate", Rfc1123(articles.Max(a => a.UpdatedUtc)));
        }

        foreach (var article in articles)
        {
            var url = site.Urls.Absolute(site.Urls.Article(article.Path));
            xml.WriteStartElement("item");
            xml.WriteElementString("title", article.Title);
            xml.WriteElementString("link", url);
            xml.WriteStartElement("guid");
            xml.WriteAttributeString("isPermaLink", "true");
            xml.WriteString(url);
            xml.WriteEndElement();
            xml.WriteElementString("pubDate", Rfc1123(article.PublishedUtc ?? article.CreatedUtc));
            xml.WriteElementString("description", Summary(article));
            if (site.Images.Feed(article.CoverImage) is { } cover)
            {
                // The cover as one absolute, plain image (readers cannot choose among srcset variants).
                xml.WriteStartElement("media", "content", MediaRss);
                xml.WriteAttributeString("url", cover.Url);
                xml.WriteAttributeString("medium", "image");
                if (cover.Type is not null)
                {
                    xml.WriteAttributeString("type", cover.Type);
                    xml.WriteAttributeString("width", cover.Width.ToString(CultureInfo.InvariantCulture));
                    xml.WriteAttributeString("height", cover.Height.ToString(CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }
            foreach (var expert in article.OrderedExperts())
            {
                xml.WriteElementString("dc", "creator", DublinCore, expert.Name);
            }

            foreach (var topic in article.OrderedTopics())
            {
                xml.WriteElementString("category", topic.Name);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
    });

    public static byte[] Atom(SiteRequest site, string title, string selfUrl, string pageUrl, IReadOnlyList<ArticleRecord> articles) => Write(xml =>
    {
        xml.WriteStartElement("feed", AtomNamespace);
        xml.WriteAttributeString("xml", "lang", null, site.Settings.Language);
        xml.WriteElementString("title", AtomNamespace, title);
        xml.WriteElementString("id", AtomNamespace, site.Urls.Absolute(selfUrl));
        xml.WriteElementString("updated", AtomNamespace, Iso(articles.Count > 0 ? articles.Max(a => a.UpdatedUtc) : site.Settings.UpdatedUtc));
        Link(xml, site.Urls.Absolute(selfUrl), "self");
        Link(xml, site.Urls.Absolute(pageUrl), "alternate");
        foreach (var article in articles)
        {
            var url = site.Urls.Absolute(site.Urls.Article(article.Path));
            xml.WriteStartElement("entry", AtomNamespace);
            xml.WriteElementString("title", AtomNamespace, article.Title);
            xml.WriteElementString("id", AtomNamespace, url);
            Link(xml, url, "alternate");
            xml.WriteElementString("published", AtomNamespace, Iso(article.PublishedUtc ?? article.CreatedUtc));
            xml.WriteElementString("updated", AtomNamespace, Iso(article.UpdatedUtc));
            foreach (var expert in article.OrderedExperts())
            {
                xml.WriteStartElement("author", AtomNamespace);
                xml.WriteElementString("name", AtomNamespace, expert.Name);
                xml.WriteElementString("uri", AtomNamespace, site.Urls.Absolute(site.Urls.Expert(expert.Slug)));
                xml.WriteEndElement();
            }

            foreach (var topic in article.OrderedTopics())
            {
                xml.WriteStartElement("category", AtomNamespace);
                xml.WriteAttributeString("term", topic.Slug);
                xml.WriteAttributeString("label", topic.Name);
                xml.WriteEndElement();
            }

            xml.WriteElementString("summary", AtomNamespace, Summary(article));
            if (site.Images.Feed(article.CoverImage) is { } cover)
            {
                xml.WriteStartElement("link", AtomNamespace);
                xml.WriteAttributeString("rel", "enclosure");
                xml.WriteAttributeString("href", cover.Url);
                xml.WriteAttributeString("type", cover.Type ?? "image/jpeg");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    public static byte[] Sitemap(IEnumerable<(string Url, DateTime? LastModified)> entries) => Write(xml =>
    {
        xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
        foreach (var (url, lastModified) in entries)
        {
            xml.WriteStartElement("url");
            xml.WriteElementString("loc", url);
            if (lastModified is { } modified)
            {
                xml.WriteElementString("lastmod", modified.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static string Summary(ArticleRecord article)
    {
        if (!string.IsNullOrWhiteSpace(article.Dek))
        {
            return article.Dek;
        }

        var text = article.BodyText;
        return text.Length <= 300 ? text : text[..300].TrimEnd() + "…";
    }

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Rfc1123(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);

    private static string Iso(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }

        return stream.ToArray();
    }
}
