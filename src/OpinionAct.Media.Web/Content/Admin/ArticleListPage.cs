using System.Globalization;
using System.Text;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>The article list: a GET filter form (search, status, topic, expert, mine), a table and pagination.</summary>
internal static class ArticleListPage
{
    public static string Render(
        AdminRequest r,
        ArticleListFilter filter,
        IReadOnlyList<ArticleRecord> items,
        int total,
        IReadOnlyList<TopicRecord> topics,
        IReadOnlyList<ExpertRecord> experts,
        IReadOnlyDictionary<string, string> owners)
    {
        var t = r.Text;
        var none = AdminHtml.NoErrors;
        var statuses = new List<(string, string)> { (string.Empty, t["filter.any"]) };
        statuses.AddRange(Enum.GetValues<ArticleStatus>().Select(s => (s.ToString(), t[$"status.{s}"])));
        var topicOptions = new List<(string, string)> { (string.Empty, t["filter.any"]) };
        topicOptions.AddRange(ArticleFormPage.TopicOptions(topics));
        var expertOptions = new List<(string, string)> { (string.Empty, t["filter.any"]) };
        expertOptions.AddRange(experts.Select(e => (e.Slug, e.Name)));

        var rows = new StringBuilder();
        foreach (var article in items)
        {
            var status = (ArticleStatus)article.Status;
            var date = status switch
            {
                ArticleStatus.Published => r.Date(article.PublishedUtc),
                ArticleStatus.Scheduled => r.Date(article.ScheduledUtc),
                _ => string.Empty,
            };
            var bylines = string.Join(", ", article.OrderedExperts().Select(e => e.Name));
            var owner = article.OwnerUserId is { } id && owners.TryGetValue(id, out var email) ? email : string.Empty;
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr>
                <td><a href="{E(r.AdminBase)}/articles/{article.Id}">{E(article.Title)}</a><br><span class="muted">/{E(article.Path)}</span></td>
                <td><span class="status status-{status}">{E(t[$"status.{status}"])}</span></td>
                <td>{E(date)}</td>
                <td>{E(r.Date(article.UpdatedUtc))}</td>
                <td>{E(bylines)}</td>
                <td>{E(owner)}</td>
                </tr>
                """);
        }

        var pages = Math.Max(1, (int)Math.Ceiling(total / (double)ArticleListFilter.PageSize));
        var table = items.Count == 0
            ? $"<p>{E(t["articles.empty"])}</p>"
            : $"""
              <table>
              <caption class="visually-hidden">{E(t["nav.articles"])}</caption>
              <thead><tr><th scope="col">{E(t["field.Title"])}</th><th scope="col">{E(t["col.status"])}</th><th scope="col">{E(t["col.date"])}</th><th scope="col">{E(t["col.updated"])}</th><th scope="col">{E(t["field.Experts"])}</th><th scope="col">{E(t["col.owner"])}</th></tr></thead>
              <tbody>
              {rows}
              </tbody>
              </table>
              """;

        return $"""
            <h1>{E(t["nav.articles"])}</h1>
            <p><a class="button" href="{E(r.AdminBase)}/articles/new">{E(t["article.new"])}</a></p>
            <form method="get" action="{E(r.AdminBase)}/articles" class="filters" role="search" aria-label="{E(t["filter.label"])}">
            {AdminHtml.Input(t, "q", filter.Search, none, type: "search", label: t["filter.search"])}
            {AdminHtml.Select(t, "status", statuses, filter.Status?.ToString(), none, label: t["col.status"])}
            {AdminHtml.Select(t, "topic", topicOptions, filter.Topic, none, label: t["field.Topics"])}
            {AdminHtml.Select(t, "expert", expertOptions, filter.Expert, none, label: t["field.Experts"])}
            <div class="field">{AdminHtml.Checkbox("mine", t["filter.mine"], filter.OwnerUserId is not null)}</div>
            <div class="field"><button type="submit">{E(t["filter.submit"])}</button></div>
            </form>
            <p role="status">{E(t.Format("articles.count", total))}</p>
            {table}
            {Pagination(r, filter, pages)}
            """;
    }

    private static string Pagination(AdminRequest r, ArticleListFilter filter, int pages)
    {
        if (pages <= 1)
        {
            return string.Empty;
        }

        var t = r.Text;
        string Link(int page) =>
            $"{r.AdminBase}/articles?q={Uri.EscapeDataString(filter.Search ?? string.Empty)}&status={filter.Status}&topic={Uri.EscapeDataString(filter.Topic ?? string.Empty)}&expert={Uri.EscapeDataString(filter.Expert ?? string.Empty)}{(filter.OwnerUserId is null ? string.Empty : "&mine=true")}&page={page.ToString(CultureInfo.InvariantCulture)}";
        var previous = filter.Page > 1 ? $"<a href=\"{E(Link(filter.Page - 1))}\" rel=\"prev\">{E(t["page.previous"])}</a>" : string.Empty;
        var next = filter.Page < pages ? $"<a href=\"{E(Link(filter.Page + 1))}\" rel=\"next\">{E(t["page.next"])}</a>" : string.Empty;
        return $"<nav class=\"pages\" aria-label=\"{E(t["page.label"])}\">{previous}<span>{E(t.Format("page.of", filter.Page, pages))}</span>{next}</nav>";
    }
}
