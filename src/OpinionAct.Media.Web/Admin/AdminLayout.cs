using OpinionAct.Media.Web.Html;

namespace OpinionAct.Media.Web.Admin;

/// <summary>
/// What the admin's shell (Components/AdminShell) and its endpoints share: the stylesheet, the
/// navigation this editor's roles allow, the error pages (403, 404, expired form) and redirects.
/// </summary>
internal static class AdminLayout
{
    /// <summary>The admin's rules after the shared ones, for the page shell (AdminShell).</summary>
    internal const string Stylesheet = HtmlPage.Style + Style;

    private const string Style = """
        main{max-width:72rem}header{flex-wrap:wrap}.brand{font-weight:700;text-decoration:none}
        .nav{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0}.nav a[aria-current=page]{text-decoration:underline 3px}
        .account{display:flex;gap:.75rem;align-items:center}header button{background:transparent;border:1px solid #fff}
        textarea{font:inherit;padding:.4rem;width:100%;box-sizing:border-box}textarea.code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.95rem}
        input[type=checkbox]{width:auto}.check{margin:.25rem 0}.check label{display:inline;font-weight:400}
        :focus-visible{outline:3px solid #f5a623;outline-offset:2px}textarea:focus,fieldset:focus{outline:3px solid #f5a623;outline-offset:2px}
        fieldset{border:1px solid #bbb;border-radius:4px;margin:1rem 0;padding:.5rem 1rem 1rem}legend{font-weight:700;padding:0 .25rem}
        .row{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:0 1rem}.row label{font-weight:400}
        .hint{display:block;color:#444;font-size:.9rem}.field-error{display:block;color:#9b0019;font-weight:600}
        [aria-invalid=true]{border:2px solid #b00020}.actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:1rem 0}
        button.secondary,a.button.secondary{background:#fff;color:#0b4f9c;border:1px solid #0b4f9c}button.danger{background:#9b0019}
        a.button{display:inline-block;padding:.4rem .9rem;background:#0b4f9c;color:#fff;border-radius:3px;text-decoration:none}
        .preview{background:#fff;border:1px solid #ccc;padding:1rem;min-height:3rem;overflow-wrap:anywhere}
        .status{display:inline-block;padding:0 .4rem;border-radius:3px;background:#e8e8e8;font-size:.9rem}
        .status-Published{background:#e7f5ea}.status-Scheduled{background:#fff4d6}.status-Sending{background:#e3eefb}.status-Sent{background:#e7f5ea}.status-Archived{background:#eee;color:#444}
        .filters{display:flex;flex-wrap:wrap;gap:0 1rem;align-items:end}.filters .field{min-width:10rem}
        .diff{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9rem;white-space:pre-wrap;overflow-wrap:anywhere}
        .diff td{padding:.1rem .4rem;border:0}.diff .n{color:#555;text-align:right;width:3rem}
        .diff ins,.diff del{text-decoration:none;display:block}.diff tr.add{background:#e6f4ea}.diff tr.del{background:#fbe9eb}.diff tr.gap td{color:#555;font-style:italic}
        .secret{font-size:1.2rem;background:#fff4d6;padding:.25rem .5rem}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        nav.pages{display:flex;gap:1rem;align-items:center;margin:1rem 0}
        .warn{background:#fff4d6;border-left:4px solid #8a6100;padding:.75rem}pre.record{white-space:pre-wrap;overflow-wrap:anywhere;background:#eee;padding:.5rem;margin:.25rem 0}
        .status-Ok{background:#e7f5ea}.status-Missing,.status-Invalid{background:#fde8e8}.status-Warning,.status-NotChecked{background:#fff4d6}
        """;

    public static IResult Forbidden(AdminRequest r, string? detail = null) =>
        Error(r, "forbidden", detail, StatusCodes.Status403Forbidden);

    public static IResult NotFound(AdminRequest r) => Error(r, "notfound", null, StatusCodes.Status404NotFound);

    /// <summary>A POST without a valid antiforgery token: an old tab, an expired session, or a forged request.</summary>
    public static IResult BadForm(AdminRequest r) => Error(r, "badform", null, StatusCodes.Status400BadRequest);

    /// <summary>A body larger than the endpoint accepts (an upload past the library's limit), refused before it is read.</summary>
    public static IResult TooLarge(AdminRequest r, string? detail = null) => Error(r, "toolarge", detail, StatusCodes.Status413PayloadTooLarge);

    public static IResult Redirect(AdminRequest r, string pathAndQuery) => Results.Redirect(r.AdminBase + pathAndQuery);

    // The page reads the request's context by injection; the caller has loaded it (AdminFilter, the cookie events).
    private static IResult Error(AdminRequest r, string kind, string? detail, int status)
    {
        ArgumentNullException.ThrowIfNull(r);
        return AdminView.Page<Components.ErrorPage>(new { TitleKey = $"{kind}.title", TextKey = $"{kind}.text", Detail = detail }, status);
    }

    /// <summary>The navigation entries this editor's roles allow, in order.</summary>
    internal static IReadOnlyList<(string Section, string Label)> Sections(AdminRequest r)
    {
        var t = r.Text;
        var items = new List<(string Section, string Label)> { ("articles", t["nav.articles"]), ("media", t["nav.media"]), ("insights", t["nav.insights"]) };
        if (r.Actor is not { } actor)
        {
            return [];
        }

        if (actor.CanPublish)
        {
            items.AddRange([("topics", t["nav.topics"]), ("experts", t["nav.experts"]), ("pages", t["nav.pages"]), ("redirects", t["nav.redirects"]), ("newsletters", t["nav.newsletters"]), ("issues", t["nav.issues"]), ("questions", t["nav.questions"]), ("ambassadors", t["nav.ambassadors"]), ("syndication", t["nav.syndication"])]);
        }

        if (actor.CanManageSite)
        {
            items.AddRange([("settings", t["nav.settings"]), ("people", t["nav.people"]), ("subscribers", t["nav.subscribers"]), ("integrations", t["nav.integrations"])]);
            items.Add(("webhooks", t["nav.webhooks"]));
            items.Add(("audit", t["nav.audit"]));
        }

        items.Add(("account", t["nav.account"]));

        return items;
    }
}
