using System.Globalization;
using System.Text;
using OpinionAct.Media.Data.Newsletters;
using OpinionAct.Media.Web.Newsletters;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Newsletters.Admin;

/// <summary>The issue page: the form while the issue is a draft or scheduled, its sending progress once queued.</summary>
internal static class IssueFormPage
{
    /// <summary>What the form shows: the typed values, and the choices of newsletters and published articles.</summary>
    public sealed record Input(string Newsletter, string Subject, string Preheader, string Markdown, IReadOnlyList<string> Articles, string SendAt);

    public sealed record Choices(IReadOnlyList<(string Value, string Label)> Newsletters, IReadOnlyList<(string Value, string Label)> Articles);

    public static IResult Render(AdminRequest r, NewsletterIssueRecord? issue, Input input, Choices choices, IReadOnlyDictionary<string, string[]> errors,
        IssueProgress? progress, string? notice = null, string? alert = null, int status = StatusCodes.Status200OK)
    {
        var t = r.Text;
        var title = issue is null ? t["issues.new"] : t.Format("issues.edit", issue.Subject);
        var editable = issue is null || issue.Status is IssueStatus.Draft or IssueStatus.Scheduled;
        var body = new StringBuilder();
        body.Append(CultureInfo.InvariantCulture, $"""
            <h1>{E(title)}</h1>
            <p><a href="{E(r.AdminBase)}/issues">{E(t["issues.title"])}</a></p>
            {AdminHtml.Notice(notice)}
            {AdminHtml.Alert(alert)}
            """);
        if (issue is not null)
        {
            body.Append(CultureInfo.InvariantCulture, $"<p><span class=\"status status-{issue.Status}\">{E(t[$"issues.status.{issue.Status}"])}</span>");
            if (issue is { Status: IssueStatus.Scheduled, ScheduledUtc: { } at })
            {
                body.Append(' ').Append(E(t.Format("issues.scheduled_for", r.Date(at))));
            }

            body.Append(CultureInfo.InvariantCulture, $" · <a href=\"{E(r.AdminBase)}/issues/{issue.Id}/preview\">{E(t["issues.preview"])}</a></p>");
        }

        if (progress is not null && issue is { Status: IssueStatus.Sending or IssueStatus.Sent })
        {
            body.Append(Progress(r, issue, progress));
        }

        body.Append(editable ? Form(r, issue, input, choices, errors) : ReadOnly(r, issue!));
        return AdminLayout.Page(r, title, body.ToString(), status, "issues");
    }

    private static string Progress(AdminRequest r, NewsletterIssueRecord issue, IssueProgress p)
    {
        var t = r.Text;
        string Row(string key, string value) => $"<tr><th scope=\"row\">{E(t[key])}</th><td>{E(value)}</td></tr>";
        string N(int value) => value.ToString("N0", r.Culture);
        return $"""
            <section aria-labelledby="progress-title">
            <h2 id="progress-title">{E(t["issues.progress"])}</h2>
            <table class="progress">
            <caption class="visually-hidden">{E(t["issues.progress"])}</caption>
            <tbody>
            {Row("issues.progress.total", N(p.Total))}
            {Row("issues.progress.sent", N(p.Sent))}
            {Row("issues.progress.failed", N(p.Failed))}
            {Row("issues.progress.skipped", N(p.Skipped))}
            {Row("issues.progress.pending", N(p.Pending))}
            {Row("issues.progress.leased", N(p.Sending))}
            {Row("issues.progress.rate", p.MessagesPerSecond.ToString("N1", r.Culture))}
            {Row("issues.progress.queued", r.Date(p.QueuedUtc))}
            {Row("issues.progress.completed", r.Date(p.CompletedUtc))}
            </tbody>
            </table>
            {Clicks(r, p)}
            <p><a class="button secondary" href="{E(r.AdminBase)}/issues/{issue.Id}">{E(t["issues.refresh"])}</a></p>
            </section>
            """;
    }

    private static string Clicks(AdminRequest r, IssueProgress p)
    {
        if (p.Links.Count == 0)
        {
            return string.Empty;
        }

        var t = r.Text;
        var rows = string.Concat(p.Links.Select(l => $"<tr><td>{E(l.Url)}</td><td>{E(l.Clicks.ToString("N0", r.Culture))}</td></tr>"));
        return $"""
            <table class="clicks">
            <caption>{E(t["issues.clicks"])}</caption>
            <thead><tr><th scope="col">{E(t["issues.clicks.link"])}</th><th scope="col">{E(t["issues.clicks.count"])}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """;
    }

    private static string ReadOnly(AdminRequest r, NewsletterIssueRecord issue)
    {
        var t = r.Text;
        return $"""
            <p class="muted">{E(t["issues.readonly"])}</p>
            <dl>
            <dt>{E(t["field.IssueNewsletter"])}</dt><dd>{E(issue.Newsletter?.Name)}</dd>
            <dt>{E(t["field.Subject"])}</dt><dd>{E(issue.Subject)}</dd>
            <dt>{E(t["field.Preheader"])}</dt><dd>{E(issue.Preheader)}</dd>
            </dl>
            <form method="post" action="{E(r.AdminBase)}/issues/{issue.Id}">{r.TokenField()}<div class="actions"><button type="submit" name="action" value="test" class="secondary">{E(t["issues.test"])}</button></div></form>
            """;
    }

    private static string Form(AdminRequest r, NewsletterIssueRecord? issue, Input input, Choices choices, IReadOnlyDictionary<string, string[]> errors)
    {
        var t = r.Text;
        var action = issue is null ? "new" : issue.Id.ToString(CultureInfo.InvariantCulture);
        var unschedule = issue?.Status == IssueStatus.Scheduled
            ? $"<button type=\"submit\" name=\"action\" value=\"unschedule\" class=\"secondary\">{E(t["issues.unschedule"])}</button>"
            : string.Empty;
        var delete = issue is null ? string.Empty : $"<button type=\"submit\" name=\"action\" value=\"delete\" class=\"danger\">{E(t["action.delete"])}</button>";
        return $"""
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/issues/{action}" novalidate>
            {r.TokenField()}
            {AdminHtml.Select(t, "IssueNewsletter", choices.Newsletters, input.Newsletter, errors)}
            {AdminHtml.Input(t, "Subject", input.Subject, errors, attributes: $"required maxlength=\"{IssueService.MaxSubject}\"")}
            {AdminHtml.Input(t, "Preheader", input.Preheader, errors, attributes: $"maxlength=\"{IssueService.MaxPreheader}\"")}
            {AdminHtml.TextArea(t, "Markdown", input.Markdown, errors, rows: 14, hint: t["hint.markdown"], attributes: "class=\"code\"")}
            <p class="hint">{E(t["hint.issue_articles"])}</p>
            {AdminHtml.CheckboxList(t, "Articles", choices.Articles, input.Articles.ToHashSet(StringComparer.Ordinal), errors, t["issues.articles_none"])}
            {AdminHtml.Input(t, "SendAt", input.SendAt, errors, type: "datetime-local", hint: t.Format("hint.send_at", r.Settings.TimeZone))}
            <p class="hint">{E(t["issues.preview_hint"])}</p>
            <div class="actions">
            <button type="submit" name="action" value="save">{E(t["action.save_plain"])}</button>
            <button type="submit" name="action" value="preview" class="secondary">{E(t["issues.preview"])}</button>
            <button type="submit" name="action" value="test" class="secondary">{E(t["issues.test"])}</button>
            <button type="submit" name="action" value="schedule" class="secondary">{E(t["action.schedule"])}</button>
            <button type="submit" name="action" value="send" aria-label="{E(t["issues.send_confirm"])}">{E(t["issues.send"])}</button>
            {unschedule}
            {delete}
            </div>
            </form>
            """;
    }
}
