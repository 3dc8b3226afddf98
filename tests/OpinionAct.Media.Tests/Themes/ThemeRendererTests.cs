using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>The shipped themes, rendered with French sample models.</summary>
public sealed class ThemeRendererTests
{
    private static readonly ThemeCatalog Shipped = new(Path.Combine(AppContext.BaseDirectory, "themes"));
    private readonly ThemeRenderer _renderer = new(Shipped);

    public static TheoryData<string> Themes => new("Expert", "Magazine");

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var theme in new[] { "Expert", "Magazine" })
        {
            foreach (var template in new[] { "home", "article", "topic", "expert", "page", "search", "not-found" })
            {
                data.Add(theme, template);
            }
        }

        return data;
    }

    /// <summary>The sample page of a template, with what the public site would put in <c>head</c>.</summary>
    private static (HeadView Head, object? Model) Sample(string template) => template switch
    {
        "home" => (SampleSite.Head("Énergies demain", "/demo/"), SampleSite.Home()),
        "article" => (SampleSite.Head("Le réseau électrique face au mur des raccordements", "/demo/articles/reseau-mur-des-raccordements", "article", SampleSite.Media + "cover-1.jpg", SampleSite.JsonLd), SampleSite.Article()),
        "topic" => (SampleSite.Head("Renouvelables", "/demo/themes/renouvelables"), SampleSite.Topic()),
        "expert" => (SampleSite.Head("Claire Martin", "/demo/experts/claire-martin", "profile"), SampleSite.Expert()),
        "page" => (SampleSite.Head("À propos", "/demo/a-propos"), SampleSite.Page()),
        "search" => (SampleSite.Head("Résultats pour « réseau »", "/demo/search", noIndex: true), SampleSite.Search()),
        "not-found" => (SampleSite.Head("Page introuvable", "/demo/nulle-part", noIndex: true), null),
        _ => throw new ArgumentOutOfRangeException(nameof(template)),
    };

    private ValueTask<string> RenderAsync(string theme, string template, SiteView? site = null, HeadView? head = null, object? model = null)
    {
        var (sampleHead, sampleModel) = Sample(template);
        return _renderer.RenderPageAsync(theme, template, site ?? SampleSite.Site(), head ?? sampleHead, model ?? sampleModel);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task RenderPage_should_produce_a_complete_accessible_page_when_rendering_any_template(string theme, string template)
    {
        var html = await RenderAsync(theme, template);

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"fr\">", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>\n", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"skip-link\" href=\"#main\">Aller au contenu</a>", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\"", html, StringComparison.Ordinal);
        Assert.Contains("<header", html, StringComparison.Ordinal);
        Assert.Contains("<nav", html, StringComparison.Ordinal);
        Assert.Contains("<footer", html, StringComparison.Ordinal);
        Assert.Single(Occurrences(html, "<h1"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"/demo/assets/expert/0.1.0/site.css\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"icon\" href=\"/demo/favicon.svg\" type=\"image/svg+xml\">", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/demo/t.js?v=0123456789abcdef\" defer></script>", html, StringComparison.Ordinal);

        var (head, _) = Sample(template);
        Assert.Contains($"<title>{head.Title}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"canonical\" href=\"{head.CanonicalUrl}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:url\" content=\"{head.CanonicalUrl}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:title\" content=\"{head.Title}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:type\" content=\"{head.OpenGraphType}\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:site_name\" content=\"Énergies demain\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale\" content=\"fr_FR\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"Pourquoi le réseau électrique", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Pourquoi le réseau électrique", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss&#x2B;xml\" title=\"Énergies demain (RSS)\" href=\"/demo/feed.rss\">", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom&#x2B;xml\" title=\"Énergies demain (Atom)\" href=\"/demo/feed.atom\">", html, StringComparison.Ordinal);
        Assert.Equal(head.NoIndex, html.Contains("<meta name=\"robots\" content=\"noindex\">", StringComparison.Ordinal));
        Assert.Equal(head.JsonLd is not null, html.Contains("application/ld+json", StringComparison.Ordinal));
        Assert.DoesNotContain("Liquid error", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Article_page_should_show_byline_dates_sources_corrections_and_related_when_the_article_has_them(string theme)
    {
        var html = await RenderAsync(theme, "article");

        Assert.Contains("<h1>Le réseau électrique face au mur des raccordements</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Éolien, solaire, pompes à chaleur : la demande de raccordement a triplé en cinq ans.", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"author-name\" href=\"/demo/experts/claire-martin\" rel=\"author\">Claire Martin</a>".Replace("author-name", theme == "Expert" ? "author-name" : "byline-name", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Contains("Ingénieure réseaux, Voltéa", html, StringComparison.Ordinal);
        Assert.Contains("Docteure en économie de l&#x27;énergie (Université Paris-Dauphine)", html, StringComparison.Ordinal);
        Assert.Contains("Ancien rapporteur à la Commission de régulation de l&#x27;énergie", html, StringComparison.Ordinal);
        Assert.Contains("Publié le <time datetime=\"2026-11-26T08:00:00&#x2B;01:00\">26 novembre 2026</time>", html, StringComparison.Ordinal);
        Assert.Contains("Mis à jour le <time datetime=\"2026-11-28T17:30:00&#x2B;01:00\">28 novembre 2026</time>", html, StringComparison.Ordinal);
        Assert.Contains("7 min de lecture", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/themes/renouvelables\">Renouvelables</a>", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"{SampleSite.Media}cover-1.jpg\" alt=\"Pylônes à haute tension au coucher du soleil\"", html, StringComparison.Ordinal);

        // The body is sanitised HTML, printed as is.
        Assert.Contains("<p>En 2025, <strong>près de 40 GW</strong> de projets", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Une file d'attente qui s'allonge</h2>", html, StringComparison.Ordinal);

        Assert.Contains("<h2 id=\"sources-title\">Sources</h2>", html, StringComparison.Ordinal);
        var sources = Between(html, "<h2 id=\"sources-title\">", "</ol>");
        Assert.Contains("<a href=\"https://www.rte-france.com/sddr\">Schéma décennal de développement du réseau 2025</a>", sources, StringComparison.Ordinal);
        Assert.Contains("<cite>Bilan électrique 2025</cite>", sources, StringComparison.Ordinal);
        Assert.Contains("RTE", sources, StringComparison.Ordinal);
        Assert.Contains("À l&#x27;appui de :", sources, StringComparison.Ordinal);
        Assert.Contains("40 GW de projets en attente de raccordement", sources, StringComparison.Ordinal);
        Assert.Equal(3, Occurrences(sources, "<li id=\"source-").Count);

        var corrections = Between(html, "<h2 id=\"corrections-title\">Corrections</h2>", "</section>");
        Assert.Contains("<time datetime=\"2026-11-28\">28 novembre 2026</time>", corrections, StringComparison.Ordinal);
        Assert.Contains("Une version précédente indiquait 30 GW de projets en attente ; le chiffre exact est 40 GW.", corrections, StringComparison.Ordinal);

        Assert.Contains("À lire aussi", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/articles/article-2\">Ce que coûte vraiment un kilowattheure nucléaire</a>", html, StringComparison.Ordinal);

        Assert.Contains($"<script type=\"application/ld+json\">{SampleSite.JsonLd}</script>", html, StringComparison.Ordinal);
        Assert.Contains($"<meta property=\"og:image\" content=\"{SampleSite.Media}cover-1.jpg\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:image:alt\" content=\"Pylônes à haute tension au coucher du soleil\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Article_page_should_leave_out_corrections_and_sources_when_there_are_none(string theme)
    {
        var article = SampleSite.Article() with { Corrections = [], Sources = [], Related = [], UpdatedIso = null, UpdatedDisplay = null };

        var html = await RenderAsync(theme, "article", model: article);

        Assert.DoesNotContain("corrections-title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("sources-title", html, StringComparison.Ordinal);
        Assert.DoesNotContain("À lire aussi", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Mis à jour le", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Article_page_should_carry_its_own_lang_attribute_when_its_language_differs_from_the_site(string theme)
    {
        var english = await RenderAsync(theme, "article", model: SampleSite.Article(language: "en"));
        var french = await RenderAsync(theme, "article");

        Assert.Contains("<html lang=\"fr\">", english, StringComparison.Ordinal);
        Assert.Matches("<article class=\"[a-z]+\" lang=\"en\">", english);
        Assert.Single(Occurrences(french, "lang=\""));
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderPage_should_use_the_site_language_and_english_text_when_the_site_is_english(string theme)
    {
        var site = SampleSite.Site() with { Language = "en", Text = ThemeText.English };

        var html = await RenderAsync(theme, "article", site);

        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:locale\" content=\"en_US\">", html, StringComparison.Ordinal);
        Assert.Contains("Skip to content", html, StringComparison.Ordinal);
        Assert.Contains("Published on", html, StringComparison.Ordinal);
        Assert.Matches("<article class=\"[a-z]+\" lang=\"fr\">", html);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Home_page_should_list_featured_latest_topics_experts_and_pagination_when_given_a_first_page(string theme)
    {
        var html = await RenderAsync(theme, "home");

        Assert.Contains("À la une", html, StringComparison.Ordinal);
        Assert.Contains("Derniers articles", html, StringComparison.Ordinal);
        foreach (var card in SampleSite.Home().Featured.Concat(SampleSite.Home().Latest))
        {
            Assert.Contains($"<a href=\"{card.Url}\">{card.Title.Replace("'", "&#x27;", StringComparison.Ordinal)}</a>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"/demo/themes/sobriete\">Sobriété</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/experts/karim-benali\">Karim Benali</a>".Replace("<a ", theme == "Expert" ? "<a " : "<a class=\"person-name\" ", StringComparison.Ordinal), html, StringComparison.Ordinal);
        Assert.Contains("Page 1 sur 5", html, StringComparison.Ordinal);
        Assert.Contains("<a class=\"pagination-next\" href=\"/demo/?page=2\" rel=\"next\">Page suivante<span class=\"visually-hidden\"> (Page 2 sur 5)</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"next\" href=\"/demo/?page=2\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/\" aria-current=\"page\">Accueil</a>", html, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("og:image", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Magazine_home_should_lay_out_a_section_per_topic_when_the_model_has_sections()
    {
        var html = await RenderAsync("Magazine", "home");

        Assert.Contains("<h2 class=\"band-title\" id=\"section-1\"><a href=\"/demo/themes/reseaux-electriques\">Réseaux électriques</a></h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 class=\"band-title\" id=\"section-2\"><a href=\"/demo/themes/sobriete\">Sobriété</a></h2>", html, StringComparison.Ordinal);
        Assert.Contains("Tout voir<span class=\"visually-hidden\"> : Sobriété</span>", html, StringComparison.Ordinal);
        Assert.Contains("tile tile-large", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Topic_page_should_show_parent_children_feed_articles_and_both_neighbours_when_on_a_middle_page(string theme)
    {
        var html = await RenderAsync(theme, "topic");

        Assert.Contains("<h1>Renouvelables</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Éolien, solaire, hydraulique : ce qu&#x27;ils produisent", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"Fil d&#x27;Ariane\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/themes/production\">Production d&#x27;électricité</a>", html, StringComparison.Ordinal);
        Assert.Contains("Sous-thèmes", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/themes/eolien-en-mer\">Éolien en mer</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/themes/renouvelables/feed.rss\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/articles/article-3\">", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/themes/renouvelables\" aria-current=\"page\">Renouvelables</a>", html, StringComparison.Ordinal);

        Assert.Contains("<nav class=\"pagination\" aria-label=\"Pagination\">", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/themes/renouvelables\" rel=\"prev\">← Page précédente<span class=\"visually-hidden\"> (Page 1 sur 5)</span></a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/themes/renouvelables?page=3\" rel=\"next\">Page suivante<span class=\"visually-hidden\"> (Page 3 sur 5)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Page 2 sur 5", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"prev\" href=\"/demo/themes/renouvelables\">", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Expert_page_should_show_photo_credentials_bio_links_and_articles_without_pagination_when_there_is_one_page(string theme)
    {
        var html = await RenderAsync(theme, "expert");

        Assert.Contains("<h1>Claire Martin</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"{SampleSite.Media}claire-martin.jpg\"", html, StringComparison.Ordinal);
        Assert.Contains("Ingénieure réseaux, Voltéa", html, StringComparison.Ordinal);
        Assert.Contains("Docteure en économie de l&#x27;énergie", html, StringComparison.Ordinal);
        Assert.Contains("<p>Claire Martin a passé dix ans à planifier le <em>réseau de transport</em> avant de rejoindre Voltéa.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://clairemartin.exemple.fr\" rel=\"me\">Site personnel</a>", html, StringComparison.Ordinal);
        Assert.Contains("Ses articles", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/articles/article-4\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"pagination\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Page_and_not_found_should_show_their_text_when_rendered(string theme)
    {
        var page = await RenderAsync(theme, "page");
        var notFound = await RenderAsync(theme, "not-found");

        Assert.Contains("<h1>À propos</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<p>Énergies demain est le média d'experts de <strong>Voltéa</strong>.</p>", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Page introuvable</h1>", notFound, StringComparison.Ordinal);
        Assert.Contains("Cette adresse ne correspond à aucune page.", notFound, StringComparison.Ordinal);
        Assert.Contains("action=\"/demo/recherche\"", notFound, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderPage_should_encode_hostile_plain_text_when_it_comes_from_any_view_model_member(string theme)
    {
        var script = SampleSite.Script;
        var site = SampleSite.Site(name: script) with { Description = script, Navigation = [new(script, "/demo/x")] };
        var head = SampleSite.Head(script, "/demo/x", "article", SampleSite.Media + "a.jpg", SampleSite.JsonLd) with { Description = script, ImageAlt = script };
        var article = SampleSite.Article(title: script, dek: script, sourceTitle: script, expertName: script, correction: script) with
        {
            CoverAlt = "\"><script>alert(1)</script>",
            Topics = [new(script, "/demo/t")],
            Related = [SampleSite.Card(1, title: script, dek: script)],
        };
        var pages = new List<string>
        {
            await _renderer.RenderPageAsync(theme, "article", site, head, article),
            await _renderer.RenderPageAsync(theme, "home", site, head, SampleSite.Home() with { Latest = [SampleSite.Card(1, script, script)], Experts = [SampleSite.Claire(script)] }),
            await _renderer.RenderPageAsync(theme, "topic", site, head, SampleSite.Topic(script) with { Description = script }),
            await _renderer.RenderPageAsync(theme, "expert", site, head, SampleSite.Expert(script) with { JobTitle = script, Credentials = script, Links = [new(script, "https://x.example")] }),
            await _renderer.RenderPageAsync(theme, "page", site, head, SampleSite.Page(script)),
            await _renderer.RenderPageAsync(theme, "not-found", site, head, null),
        };

        foreach (var html in pages)
        {
            Assert.DoesNotContain(script, html, StringComparison.Ordinal);
            Assert.DoesNotContain("\"><script", html, StringComparison.Ordinal);
            Assert.Contains(SampleSite.EncodedScript, html, StringComparison.Ordinal);
        }

        // Only the members documented as sanitised HTML (and the JSON-LD) are printed raw.
        Assert.Contains("<strong>près de 40 GW</strong>", pages[0], StringComparison.Ordinal);
        Assert.Contains($"<script type=\"application/ld+json\">{SampleSite.JsonLd}</script>", pages[0], StringComparison.Ordinal);
        Assert.Contains("<em>réseau de transport</em>", pages[3], StringComparison.Ordinal);
        Assert.Contains("<strong>Voltéa</strong>", pages[4], StringComparison.Ordinal);
        Assert.True(Occurrences(pages[0], SampleSite.EncodedScript).Count >= 10, "title, dek, source, expert, correction, topic, related, site name, head...");
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task RenderPage_should_neutralise_script_urls_when_people_typed_them_in_sources_or_links(string theme)
    {
        var article = SampleSite.Article() with { Sources = [new("Piège", "javascript:alert(1)", null, null), new("Relative", "/demo/doc.pdf", null, null)] };
        var expert = SampleSite.Expert() with { Links = [new("Piège", " JavaScript:alert(1)"), new("Données", "data:text/html,<b>x</b>"), new("Courriel", "mailto:claire@exemple.fr")] };

        var articleHtml = await RenderAsync(theme, "article", model: article);
        var expertHtml = await RenderAsync(theme, "expert", model: expert);

        Assert.DoesNotContain("javascript:", articleHtml + expertHtml, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", expertHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#\">Piège</a>", articleHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/demo/doc.pdf\">Relative</a>", articleHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#\" rel=\"me\">Données</a>", expertHtml, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:claire@exemple.fr\" rel=\"me\">Courriel</a>", expertHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderPage_should_fall_back_to_the_default_theme_when_the_theme_is_unknown_or_empty()
    {
        var expert = await RenderAsync("Expert", "article");

        Assert.Equal(expert, await RenderAsync("NoSuchTheme", "article"));
        Assert.Equal(expert, await RenderAsync("", "article"));
        Assert.NotEqual(expert, await RenderAsync("magazine", "article"));
    }

    [Theory]
    [InlineData("newsletter")]
    [InlineData("layout")]
    [InlineData("_card")]
    [InlineData("../Magazine/home")]
    [InlineData("Home")]
    public async Task RenderPage_should_throw_a_clear_exception_when_the_template_is_unknown_or_not_a_page(string template)
    {
        var error = await Assert.ThrowsAsync<ThemeTemplateException>(() =>
            _renderer.RenderPageAsync("Expert", template, SampleSite.Site(), SampleSite.Head("x", "/x"), SampleSite.Page()).AsTask());

        Assert.Equal("Expert", error.Theme);
        Assert.Equal($"{template}.liquid", error.File);
        Assert.StartsWith($"Theme 'Expert', {template}.liquid: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderPage_should_stop_when_the_request_is_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _renderer.RenderPageAsync("Expert", "home", SampleSite.Site(), SampleSite.Head("x", "/"), SampleSite.Home(), cancelled.Token).AsTask());
    }

    [Fact]
    public async Task Templates_should_be_parsed_once_when_pages_are_rendered_again_and_again()
    {
        await RenderAsync("Expert", "article");
        var afterFirst = _renderer.ParseCount;

        for (var i = 0; i < 5; i++)
        {
            await RenderAsync("Expert", "article");
            await RenderAsync("nope", "article");
        }

        // article, layout and the partials it renders: _head, _byline, _card, _image, _figcaption, _fact-checks (the sample
        // hub has no newsletter, so Expert's article leaves _signup out).
        Assert.Equal(8, afterFirst);
        Assert.Equal(afterFirst, _renderer.ParseCount);

        await RenderAsync("Expert", "home");
        Assert.Equal(afterFirst + 3, _renderer.ParseCount); // home, _pagination and _signup; the layout and the others are shared.
    }

    [Fact]
    public async Task Release_should_make_the_next_page_parse_the_theme_again_when_called()
    {
        await RenderAsync("Magazine", "topic");
        var parsed = _renderer.ParseCount;

        _renderer.Release("magazine");
        await RenderAsync("Magazine", "topic");

        Assert.Equal(2 * parsed, _renderer.ParseCount);
    }

    private static List<int> Occurrences(string text, string value)
    {
        var found = new List<int>();
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
        {
            found.Add(at);
        }

        return found;
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is missing");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return text[from..to];
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Search_page_should_show_hits_with_raw_highlights_facets_and_encoded_text(string theme)
    {
        var html = await RenderAsync(theme, "search");

        Assert.Contains("<mark>réseau</mark>", html, StringComparison.Ordinal);
        Assert.Contains("Rénovation (2)", html, StringComparison.Ordinal);
        Assert.Contains("value=\"réseau &lt;b&gt;\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/demo/search?q=r%C3%A9seau&amp;sort=date\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Search_landmarks_should_each_have_a_distinct_label(string theme, string template)
    {
        var html = await RenderAsync(theme, template);

        var labels = System.Text.RegularExpressions.Regex.Matches(html, "<form[^>]*role=\"search\"[^>]*>")
            .Select(m => System.Text.RegularExpressions.Regex.Match(m.Value, "aria-label=\"([^\"]+)\"").Groups[1].Value)
            .ToList();

        Assert.NotEmpty(labels);
        Assert.All(labels, label => Assert.NotEqual(string.Empty, label));
        Assert.Equal(labels.Count, labels.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(Themes))]
    public async Task Article_page_should_render_library_images_as_pictures_when_views_carry_srcsets(string theme)
    {
        var cover = new ImageView
        {
            Src = "/demo/media/1/v/w960.jpg?k=a&s=b", Width = 960, Height = 540, Alt = "Pylônes", Sizes = "100vw", Caption = "Au soir", Credit = "Photo : A",
            Srcset = "/demo/media/1/v/w480.jpg 480w, /demo/media/1/v/w960.jpg 960w", WebpSrcset = "/demo/media/1/v/w480.webp 480w",
        };
        var photo = new ImageView { Src = "/demo/media/2/v/sq192.jpg", Width = 192, Height = 192, Alt = "Claire", Srcset = "/demo/media/2/v/sq96.jpg 96w", WebpSrcset = "/demo/media/2/v/sq96.webp 96w" };
        var article = SampleSite.Article() with { Cover = cover, Experts = [SampleSite.Claire() with { Photo = photo }], Related = [SampleSite.Card(2) with { Cover = cover }] };

        var html = await RenderAsync(theme, "article", model: article);

        Assert.Contains("<source type=\"image/webp\" srcset=\"/demo/media/1/v/w480.webp 480w\"", html, StringComparison.Ordinal);
        Assert.Matches("<img src=\"/demo/media/1/v/w960.jpg\\?k=a&amp;s=b\" srcset=\"/demo/media/1/v/w480.jpg 480w, /demo/media/1/v/w960.jpg 960w\" sizes=\"[^\"]+\" width=\"960\" height=\"540\" alt=\"Pylônes\" fetchpriority=\"high\" decoding=\"async\">", html);
        Assert.Contains("<figcaption>Au soir · Photo : A</figcaption>", html, StringComparison.Ordinal);
        Assert.Matches("class=\"(author-photo|avatar)\" src=\"/demo/media/2/v/sq192.jpg\" srcset=\"/demo/media/2/v/sq96.jpg 96w\" sizes=\"(56|64)px\" width=\"(56|64)\" height=\"(56|64)\" alt=\"\" loading=\"lazy\" decoding=\"async\">", html);

        // Only the cover is fetched first; everything below it waits until it nears the screen.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "fetchpriority=\"high\""));
    }
}
