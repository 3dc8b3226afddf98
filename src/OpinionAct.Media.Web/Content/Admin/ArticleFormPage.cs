using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>
/// The article editor: every field of <see cref="ArticleDraft"/>, topic and expert pickers,
/// source and correction rows, a preview that works without JavaScript (the Preview button) and
/// updates live with it, and the workflow buttons this editor's role allows.
/// </summary>
internal static class ArticleFormPage
{
    public const int EmptySourceRows = 3;
    public const int EmptyCorrectionRows = 1;

    // Posts the body to /admin/preview (token in a header) once typing pauses; the Preview button does the same without script.
    private const string PreviewScript = """
        (function () {
          var body = document.getElementById('Body');
          var panel = document.getElementById('preview');
          if (!body || !panel || !window.fetch || !window.URLSearchParams) { return; }
          var timer = 0, sequence = 0;
          body.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(update, 700);
          });
          function update() {
            var mine = ++sequence;
            var headers = { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Requested-With': 'XMLHttpRequest' };
            headers[panel.getAttribute('data-header')] = panel.getAttribute('data-token');
            fetch(panel.getAttribute('data-url'), { method: 'POST', credentials: 'same-origin', headers: headers, body: new URLSearchParams({ body: body.value }) })
              .then(function (response) { return response.ok && !response.redirected ? response.text() : null; })
              .then(function (html) { if (html !== null && mine === sequence) { panel.innerHTML = html; } })
              .catch(function () { });
          }
        })();
        """;

    public static string Render(
        AdminRequest r,
        ArticleRecord? article,
        ArticleFormInput input,
        IReadOnlyDictionary<string, string[]> errors,
        IReadOnlyList<TopicRecord> topics,
        IReadOnlyList<ExpertRecord> experts,
        string? previewHtml,
        string? message)
    {
        var t = r.Text;
        var actor = r.Actor!;
        var status = article is null ? ArticleStatus.Draft : (ArticleStatus)article.Status;
        var canEdit = article is null ? actor.CanWrite : actor.CanEdit(article.OwnerUserId, status);
        var action = article is null ? $"{r.AdminBase}/articles/new" : $"{r.AdminBase}/articles/{article.Id}";
        var tokens = r.Tokens();
        var html = new StringBuilder();

        html.Append(CultureInvariant($"<h1>{E(article is null ? t["article.new"] : t.Format("article.edit", article.Title))}</h1>"));
        html.Append(AdminHtml.Notice(message));
        if (article is not null)
        {
            html.Append(StatusLine(r, article));
        }

        if (!canEdit)
        {
            html.Append(CultureInvariant($"<p class=\"error\" role=\"status\">{E(t["article.readonly"])}</p>"));
        }

        html.Append(AdminHtml.Summary(t, errors));
        html.Append(CultureInvariant($"""
            <form method="post" action="{E(action)}" novalidate>
            {r.TokenField()}
            <fieldset{(canEdit ? string.Empty : " disabled")}>
            <legend>{E(t["article.content"])}</legend>
            {AdminHtml.Input(t, "Title", input.Title, errors, attributes: "required maxlength=\"300\"")}
            {AdminHtml.TextArea(t, "Dek", input.Dek, errors, rows: 2, attributes: "maxlength=\"1000\"")}
            {AdminHtml.Input(t, "Path", input.Path, errors, hint: t["hint.path"], attributes: "maxlength=\"300\" autocomplete=\"off\"")}
            {AdminHtml.TextArea(t, "Body", input.Body, errors, rows: 18, hint: t["hint.markdown"], attributes: "class=\"code\" aria-controls=\"preview\"")}
            <div class="row">
            {AdminHtml.Select(t, "Language", [("fr", t["lang.fr"]), ("en", t["lang.en"])], input.Language, errors)}
            <div class="field"><span class="hint">&nbsp;</span>{AdminHtml.Checkbox("Featured", t["field.Featured"], input.Featured)}</div>
            </div>
            <div class="row">
            {AdminHtml.Input(t, "CoverImage", input.CoverImage, errors, type: "url", hint: t["hint.cover"])}
            {AdminHtml.Input(t, "CoverAlt", input.CoverAlt, errors, hint: t["hint.alt"])}
            </div>
            </fieldset>
            <fieldset{(canEdit ? string.Empty : " disabled")}>
            <legend>{E(t["article.links"])}</legend>
            {AdminHtml.CheckboxList(t, "Topics", TopicOptions(topics), input.Topics, errors, t["topics.none"])}
            {AdminHtml.CheckboxList(t, "Experts", experts.Select(e => (e.Slug, e.Name)), input.Experts, errors, t["experts.none"])}
            </fieldset>
            <fieldset{(canEdit ? string.Empty : " disabled")}>
            <legend>{E(t["field.Sources"])}</legend>
            <p class="hint">{E(t["hint.sources"])}</p>
            {SourceRows(t, input, errors)}
            </fieldset>
            <fieldset{(canEdit ? string.Empty : " disabled")}>
            <legend>{E(t["field.Corrections"])}</legend>
            <p class="hint">{E(t["hint.corrections"])}</p>
            {CorrectionRows(t, input, errors)}
            </fieldset>
            <fieldset{(canEdit ? string.Empty : " disabled")}>
            <legend>{E(t["article.seo"])}</legend>
            {AdminHtml.Input(t, "SeoTitle", input.SeoTitle, errors, attributes: "maxlength=\"300\"")}
            {AdminHtml.TextArea(t, "SeoDescription", input.SeoDescription, errors, rows: 2, attributes: "maxlength=\"1000\"")}
            {AdminHtml.Input(t, "CanonicalUrl", input.CanonicalUrl, errors, type: "url", hint: t["hint.canonical"])}
            </fieldset>
            {Workflow(r, article, status, input, errors, canEdit)}
            </form>
            <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">{E(t["preview.title"])}</h2>
            <div id="preview" class="preview" data-url="{E(r.AdminBase)}/preview" data-header="{E(tokens.HeaderName)}" data-token="{E(tokens.RequestToken)}">{previewHtml ?? $"<p class=\"muted\">{E(t["preview.empty"])}</p>"}</div>
            </section>
            <script nonce="{E(r.Nonce)}">{PreviewScript}</script>
            """));
        return html.ToString();
    }

    private static string StatusLine(AdminRequest r, ArticleRecord article)
    {
        var t = r.Text;
        var status = (ArticleStatus)article.Status;
        var when = status switch
        {
            ArticleStatus.Published => t.Format("article.published_on", r.Date(article.PublishedUtc)),
            ArticleStatus.Scheduled => t.Format("article.scheduled_for", r.Date(article.ScheduledUtc), r.Zone.Id),
            _ => string.Empty,
        };
        var view = status == ArticleStatus.Published ? $" · <a href=\"{E(r.Base)}/{E(article.Path)}\">{E(t["article.view"])}</a>" : string.Empty;
        return $"""
            <p><span class="status status-{status}">{E(t[$"status.{status}"])}</span> {E(when)} · {E(t.Format("article.updated_on", r.Date(article.UpdatedUtc)))}
            · <a href="{E(r.AdminBase)}/articles/{article.Id}/revisions">{E(t.Format("article.revisions", article.RevisionNumber))}</a>{view}</p>
            """;
    }

    private static string Workflow(AdminRequest r, ArticleRecord? article, ArticleStatus status, ArticleFormInput input, IReadOnlyDictionary<string, string[]> errors, bool canEdit)
    {
        var t = r.Text;
        var actor = r.Actor!;
        if (!canEdit)
        {
            // Read-only: the fields are disabled (not posted), so there is nothing to save or preview.
            return string.Empty;
        }

        var buttons = new StringBuilder();
        buttons.Append(Button("save", status == ArticleStatus.Published ? t["action.save_published"] : t["action.save"], "primary"));
        buttons.Append(Button("preview", t["action.preview"], "secondary"));
        var schedule = string.Empty;
        if (actor.CanPublish)
        {
            if (status != ArticleStatus.Published)
            {
                buttons.Append(Button("publish", t["action.publish"], "primary"));
                schedule = AdminHtml.Input(t, "ScheduleAt", input.ScheduleAt, errors, type: "datetime-local", hint: t.Format("hint.schedule", r.Zone.Id));
                buttons.Append(Button("schedule", t["action.schedule"], "secondary"));
            }

            if (status is ArticleStatus.Published or ArticleStatus.Scheduled)
            {
                buttons.Append(Button("unpublish", t["action.unpublish"], "secondary"));
            }

            if (article is not null && status != ArticleStatus.Archived)
            {
                buttons.Append(Button("archive", t["action.archive"], "danger"));
            }
        }

        return $"""
            <fieldset>
            <legend>{E(t["article.workflow"])}</legend>
            {schedule}
            <div class="actions">{buttons}</div>
            </fieldset>
            """;

        static string Button(string value, string label, string css) =>
            $"<button type=\"submit\" name=\"action\" value=\"{value}\" class=\"{css}\">{E(label)}</button>";
    }

    private static string SourceRows(AdminText t, ArticleFormInput input, IReadOnlyDictionary<string, string[]> errors)
    {
        var html = new StringBuilder();
        var rows = input.Sources.Concat(Enumerable.Range(0, EmptySourceRows).Select(_ => new string[ArticleFormInput.SourceFields.Length])).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append(CultureInvariant($"""
                <fieldset class="source">
                <legend>{E(t["field.Sources.row"])} {i + 1}</legend>
                <div class="row">
                {AdminHtml.Input(t, $"Sources[{i}].Title", row[0], errors, label: t["field.Sources.Title"])}
                {AdminHtml.Input(t, $"Sources[{i}].Url", row[1], errors, type: "url", label: t["field.Sources.Url"])}
                {AdminHtml.Input(t, $"Sources[{i}].Publisher", row[2], errors, label: t["field.Sources.Publisher"])}
                {AdminHtml.Input(t, $"Sources[{i}].Claim", row[3], errors, label: t["field.Sources.Claim"])}
                </div>
                </fieldset>
                """));
        }

        return html.ToString();
    }

    private static string CorrectionRows(AdminText t, ArticleFormInput input, IReadOnlyDictionary<string, string[]> errors)
    {
        var html = new StringBuilder();
        var rows = input.Corrections.Concat(Enumerable.Range(0, EmptyCorrectionRows).Select(_ => new string[ArticleFormInput.CorrectionFields.Length])).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            html.Append(CultureInvariant($"""
                <fieldset class="correction">
                <legend>{E(t["field.Corrections.row"])} {i + 1}</legend>
                {AdminHtml.Input(t, $"Corrections[{i}].Date", row[0], errors, type: "date", label: t["field.Corrections.Date"], hint: t["hint.correction_date"])}
                {AdminHtml.TextArea(t, $"Corrections[{i}].Text", row[1], errors, rows: 2, label: t["field.Corrections.Text"])}
                </fieldset>
                """));
        }

        return html.ToString();
    }

    /// <summary>Topics as "Parent › Child", in tree order.</summary>
    internal static IEnumerable<(string Value, string Label)> TopicOptions(IReadOnlyList<TopicRecord> topics)
    {
        var byId = topics.ToDictionary(t => t.Id);
        return topics.Select(topic =>
        {
            var names = new List<string> { topic.Name };
            var seen = new HashSet<int> { topic.Id };
            for (var parent = topic.ParentId; parent is { } id && byId.TryGetValue(id, out var p) && seen.Add(id); parent = p.ParentId)
            {
                names.Insert(0, p.Name);
            }

            return (topic.Slug, string.Join(" › ", names));
        }).OrderBy(o => o.Item2, StringComparer.CurrentCulture);
    }

    private static string CultureInvariant(FormattableString value) => FormattableString.Invariant(value);
}
