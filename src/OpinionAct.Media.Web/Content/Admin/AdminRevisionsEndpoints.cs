using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Web.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>An article's revisions: the list, a line diff between any two, and restoring one (as a new revision).</summary>
internal static class AdminRevisionsEndpoints
{
    /// <summary>Unchanged lines shown around each change; longer unchanged runs are folded.</summary>
    private const int Context = 3;

    public static RouteGroupBuilder MapAdminRevisions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/articles/{id:int}/revisions", ListAsync);
        admin.MapGet("/articles/{id:int}/revisions/compare", CompareAsync);
        admin.MapPost("/articles/{id:int}/revisions/{number:int}/restore", RestoreAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(int id, AdminRequest r, AdminReader reader, ArticleService articles, CancellationToken ct)
    {
        var t = r.Text;
        var article = await articles.LoadAsync(id, ct);
        var revisions = await articles.RevisionsAsync(id, ct);
        var users = await reader.UserNamesAsync(revisions.Select(v => v.UserId), ct);
        var canRestore = r.Actor!.CanEdit(article.OwnerUserId, (ArticleStatus)article.Status);
        var rows = new StringBuilder();
        foreach (var revision in revisions)
        {
            var user = revision.UserId is null ? t["revisions.system"] : users.GetValueOrDefault(revision.UserId, revision.UserId);
            var restore = canRestore && revision.Number != article.RevisionNumber
                ? AdminHtml.ButtonForm(r, $"{r.AdminBase}/articles/{id}/revisions/{revision.Number}/restore", t["revisions.restore"], t.Format("revisions.restore_n", revision.Number))
                : string.Empty;
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{revision.Number}</td><td>{E(r.Date(revision.CreatedUtc))}</td><td>{E(user)}</td><td>{E(revision.Note)}</td><td>{restore}</td></tr>\n");
        }

        var options = revisions.Select(v => (v.Number.ToString(CultureInfo.InvariantCulture), $"{v.Number} · {r.Date(v.CreatedUtc)} · {v.Note}")).ToList();
        var latest = revisions.Count > 0 ? revisions[0].Number : 0;
        var compare = revisions.Count < 2 ? string.Empty : $"""
            <form method="get" action="{E(r.AdminBase)}/articles/{id}/revisions/compare" class="filters">
            {AdminHtml.Select(t, "from", options, (latest - 1).ToString(CultureInfo.InvariantCulture), AdminHtml.NoErrors, label: t["revisions.from"])}
            {AdminHtml.Select(t, "to", options, latest.ToString(CultureInfo.InvariantCulture), AdminHtml.NoErrors, label: t["revisions.to"])}
            <div class="field"><button type="submit">{E(t["revisions.compare"])}</button></div>
            </form>
            """;
        var body = $"""
            <h1>{E(t.Format("revisions.title", article.Title))}</h1>
            <p><a href="{E(r.AdminBase)}/articles/{id}">{E(t["revisions.back"])}</a></p>
            {compare}
            <table>
            <caption class="visually-hidden">{E(t["revisions.caption"])}</caption>
            <thead><tr><th scope="col">{E(t["revisions.number"])}</th><th scope="col">{E(t["col.date"])}</th><th scope="col">{E(t["revisions.user"])}</th><th scope="col">{E(t["revisions.note"])}</th><th scope="col">{E(t["col.action"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            """;
        return AdminLayout.Page(r, t.Format("revisions.title", article.Title), body, section: "articles");
    }

    private static async Task<IResult> CompareAsync(int id, string? from, string? to, AdminRequest r, ArticleService articles, CancellationToken ct)
    {
        var t = r.Text;
        var article = await articles.LoadAsync(id, ct);
        if (!int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var a) || !int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return AdminLayout.NotFound(r);
        }

        var before = RevisionFields.Of(await articles.RevisionDraftAsync(id, a, ct));
        var after = RevisionFields.Of(await articles.RevisionDraftAsync(id, b, ct));
        var sections = new StringBuilder();
        for (var i = 0; i < before.Count; i++)
        {
            var diff = TextDiff.Lines(before[i].Text, after[i].Text);
            if (TextDiff.HasChanges(diff))
            {
                sections.Append(CultureInfo.InvariantCulture, $"<h2>{E(t[$"field.{before[i].Field}"])}</h2>\n{DiffTable(t, diff)}\n");
            }
        }

        var body = $"""
            <h1>{E(t.Format("compare.title", a, b))}</h1>
            <p><a href="{E(r.AdminBase)}/articles/{id}/revisions">{E(t.Format("revisions.title", article.Title))}</a></p>
            <p class="muted">{E(t["compare.legend"])}</p>
            {(sections.Length == 0 ? $"<p>{E(t["compare.same"])}</p>" : sections.ToString())}
            """;
        return AdminLayout.Page(r, t.Format("compare.title", a, b), body, section: "articles");
    }

    private static async Task<IResult> RestoreAsync(int id, int number, AdminRequest r, ArticleService articles, CancellationToken ct)
    {
        await articles.RestoreAsync(id, number, r.Actor!, ct);
        return AdminLayout.Redirect(r, $"/articles/{id}?done=restored");
    }

    /// <summary>A unified diff: removed lines marked "−" with del, added "+" with ins, long unchanged runs folded.</summary>
    private static string DiffTable(AdminText t, IReadOnlyList<DiffLine> diff)
    {
        var keep = new bool[diff.Count];
        for (var i = 0; i < diff.Count; i++)
        {
            if (diff[i].Kind != DiffKind.Unchanged)
            {
                for (var j = Math.Max(0, i - Context); j <= Math.Min(diff.Count - 1, i + Context); j++)
                {
                    keep[j] = true;
                }
            }
        }

        var html = new StringBuilder("<table class=\"diff\"><tbody>\n");
        var folded = 0;
        for (var i = 0; i <= diff.Count; i++)
        {
            if (i < diff.Count && !keep[i])
            {
                folded++;
                continue;
            }

            if (folded > 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr class=\"gap\"><td colspan=\"4\">{E(t.Format("compare.folded", folded))}</td></tr>\n");
                folded = 0;
            }

            if (i == diff.Count)
            {
                break;
            }

            var line = diff[i];
            var text = line.Text.Length == 0 ? " " : line.Text;
            html.Append(line.Kind switch
            {
                DiffKind.Removed => FormattableString.Invariant($"<tr class=\"del\"><td class=\"n\">{line.OldNumber}</td><td class=\"n\"></td><td aria-hidden=\"true\">−</td><td><del><span class=\"visually-hidden\">{E(t["compare.removed"])} </span>{E(text)}</del></td></tr>\n"),
                DiffKind.Added => FormattableString.Invariant($"<tr class=\"add\"><td class=\"n\"></td><td class=\"n\">{line.NewNumber}</td><td aria-hidden=\"true\">+</td><td><ins><span class=\"visually-hidden\">{E(t["compare.added"])} </span>{E(text)}</ins></td></tr>\n"),
                _ => FormattableString.Invariant($"<tr><td class=\"n\">{line.OldNumber}</td><td class=\"n\">{line.NewNumber}</td><td></td><td>{E(text)}</td></tr>\n"),
            });
        }

        return html.Append("</tbody></table>").ToString();
    }
}
