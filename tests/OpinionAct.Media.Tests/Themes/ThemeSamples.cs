using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Tests.Themes;

/// <summary>
/// Every template a theme must have, each rendered once with sample models: the public pages (with and
/// without the newsletter signup), the newsletter pages and both parts of every email. Used to prove that
/// two ways of laying out a theme's files render the same bytes.
/// </summary>
internal static class ThemeSamples
{
    /// <summary>The page templates the public site renders.</summary>
    public static readonly IReadOnlyList<string> Pages =
        ["home", "article", "topic", "expert", "page", "search", "not-found", "subscribe", "preferences", "newsletter-notice"];

    /// <summary>The email templates newsletters render (the text part is read from the HTML).</summary>
    public static readonly IReadOnlyList<string> Emails = ["issue", "confirm"];

    /// <summary>Every file the renderer may ask a theme for, relative to its folder (partials left out: pages name them).</summary>
    public static IEnumerable<string> RequiredFiles() =>
        Pages.Append(ThemeRenderer.LayoutTemplate).Select(p => p + ".liquid")
            .Concat(Emails.Append(ThemeRenderer.LayoutTemplate).Select(e => $"{ThemeRenderer.EmailFolder}{e}.liquid"));

    /// <summary>Renders every sample with <paramref name="theme"/>: name of the sample → output.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> RenderAllAsync(ThemeRenderer renderer, string theme)
    {
        var outputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in Pages)
        {
            outputs[page] = await renderer.RenderPageAsync(theme, page, SampleSite.Site(), Head(page), Model(page));
            outputs[page + "+signup"] = await renderer.RenderPageAsync(theme, page, SiteWithSignup(), Head(page), Model(page));
        }

        foreach (var language in new[] { "fr", "en" })
        {
            var issue = await renderer.RenderEmailAsync(theme, "issue", EmailSite(language), Envelope(), Issue());
            var confirm = await renderer.RenderEmailAsync(theme, "confirm", EmailSite(language), Envelope(), Confirm());
            outputs[$"email/issue.{language}.html"] = issue.Html;
            outputs[$"email/issue.{language}.txt"] = issue.Text;
            outputs[$"email/confirm.{language}.html"] = confirm.Html;
            outputs[$"email/confirm.{language}.txt"] = confirm.Text;
        }

        return outputs;
    }

    private static HeadView Head(string page) => SampleSite.Head("Titre de " + page, "/demo/" + page, noIndex: page is "search" or "not-found");

    private static object? Model(string page) => page switch
    {
        "home" => SampleSite.Home(),
        "article" => SampleSite.Article(),
        "topic" => SampleSite.Topic(),
        "expert" => SampleSite.Expert(),
        "page" => SampleSite.Page(),
        "search" => SampleSite.Search(),
        "not-found" => null,
        "subscribe" => new SubscribeView { Form = Signup(), Message = "Presque fini : vérifiez vos emails.", Error = "Adresse <invalide>", NeedsResubmit = true },
        "preferences" => new PreferencesView
        {
            Email = "lectrice@example.org",
            Action = "/demo/newsletters/preferences",
            Token = "tok&en",
            Newsletters = Newsletters(),
            Message = "Préférences enregistrées.",
            AntiforgeryName = "__RequestVerificationToken",
            AntiforgeryValue = "af-value",
        },
        "newsletter-notice" => new NewsletterNoticeView
        {
            Title = "Confirmer l'inscription",
            Text = "Un clic & c'est fait.",
            Action = "/demo/newsletters/confirm",
            Token = "tok",
            Button = "Confirmer",
            Link = new LinkView("Retour au site", "/demo/"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(page)),
    };

    private static SiteView SiteWithSignup() => SampleSite.Site() with { Signup = Signup() };

    private static SignupFormView Signup() => new()
    {
        Action = "/demo/newsletters/subscribe",
        Newsletters = Newsletters(),
        ConsentText = "J'accepte de recevoir ces lettres <par email>.",
        Email = "lectrice@example.org",
        AntiforgeryName = "__RequestVerificationToken",
        AntiforgeryValue = "af-value",
    };

    private static NewsletterOptionView[] Newsletters() =>
    [
        new("mardi", "La lettre du mardi", "Trois lectures & un graphique", "chaque mardi") { Checked = true },
        new("alertes", "Alertes", null, null) { Pending = true },
    ];

    private static EmailSiteView EmailSite(string language) => new()
    {
        Name = "Énergies & demain",
        Language = language,
        HomeUrl = "https://energies.example/",
        Year = 2026,
        Text = EmailText.For(language),
    };

    private static EmailView Envelope() => new()
    {
        Subject = "Le réseau <en> tension",
        Preheader = "Trois lectures & un graphique",
        NewsletterName = "La lettre du mardi",
        ManageUrl = "https://energies.example/newsletters/manage?token=abc&x=1",
    };

    private static IssueEmailView Issue() => new()
    {
        BodyHtml = "<h2 id=\"a\">Cette semaine</h2><p>Un <a href=\"https://example.org/x\">lien</a>.</p>",
        Digest = [new DigestItemView { Title = "Raccordements <mur>", Dek = "Pourquoi", Url = "https://energies.example/a", Topics = [new LinkView("Réseaux", "https://energies.example/t")] }],
    };

    private static ConfirmEmailView Confirm() => new()
    {
        ConfirmUrl = "https://energies.example/newsletters/confirm?token=a&b",
        Newsletters = ["La lettre du mardi", "Alertes <urgentes>"],
        ConsentText = "J'accepte & je confirme.",
        Intro = "Confirmez votre inscription.",
        Button = "Je confirme",
        Validity = "Ce lien vaut 48 heures.",
        Ignore = "Sinon, ignorez ce message.",
        ConsentLabel = "Votre accord :",
    };
}
