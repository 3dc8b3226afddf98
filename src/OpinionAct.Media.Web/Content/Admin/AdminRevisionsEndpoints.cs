using System.Globalization;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>An article's revisions: the list, a line diff between any two, and restoring one (as a new revision).</summary>
internal static class AdminRevisionsEndpoints
{
    public static RouteGroupBuilder MapAdminRevisions(this RouteGroupBuilder admin)
    {
        admin.MapGet("/articles/{id:int}/revisions", ListAsync);
        admin.MapGet("/articles/{id:int}/revisions/compare", CompareAsync);
        admin.MapPost("/articles/{id:int}/revisions/{number:int}/restore", RestoreAsync);
        return admin;
    }

    private static async Task<IResult> ListAsync(int id, AdminReader reader, ArticleService articles, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        var revisions = await articles.RevisionsAsync(id, ct);
        var users = await reader.UserNamesAsync(revisions.Select(v => v.UserId), ct);
        return AdminView.Page<RevisionsPage>(new { Article = article, Revisions = revisions, Users = users });
    }

    private static async Task<IResult> CompareAsync(int id, string? from, string? to, AdminRequest r, ArticleService articles, CancellationToken ct)
    {
        var article = await articles.LoadAsync(id, ct);
        if (!int.TryParse(from, NumberStyles.None, CultureInfo.InvariantCulture, out var a) || !int.TryParse(to, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
        {
            return AdminLayout.NotFound(r);
        }

        var before = RevisionFields.Of(await articles.RevisionDraftAsync(id, a, ct));
        var after = RevisionFields.Of(await articles.RevisionDraftAsync(id, b, ct));
        return AdminView.Page<RevisionComparePage>(new { Article = article, From = a, To = b, Before = before, After = after });
    }

    private static async Task<IResult> RestoreAsync(int id, int number, AdminRequest r, ArticleService articles, CancellationToken ct)
    {
        await articles.RestoreAsync(id, number, r.Actor!, ct);
        return AdminLayout.Redirect(r, $"/articles/{id}?done=restored");
    }
}
