using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Site;
using OpinionAct.Media.Syndication;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Syndication.Admin;

/// <summary>
/// <c>/admin/alliances</c> (Admins: propose, accept, end) and <c>/admin/syndication</c> (Editors and Admins: offer an
/// article to an ally, accept or decline what allies offer). Every form carries the antiforgery token.
/// </summary>
internal static class AdminSyndicationEndpoints
{
    public static void MapAdminSyndication(this AdminRoutes admin)
    {
        admin.Admins.MapGet("/alliances", (AdminRequest r, AllianceService alliances, string? done, CancellationToken ct) =>
            AlliancesAsync(r, alliances, done is null ? null : r.T($"alliances.done.{done}"), null, ct));
        admin.Admins.MapPost("/alliances", ProposeAsync);
        admin.Admins.MapPost("/alliances/{id:long}/{action}", AllianceActAsync);

        admin.Publishers.MapGet("/syndication", (AdminRequest r, SyndicationService syndication, ArticleStore articles, SiteStore site, string? done, CancellationToken ct) =>
            OffersAsync(r, syndication, articles, site, done is null ? null : r.T($"syndication.done.{done}"), null, ct));
        admin.Publishers.MapPost("/syndication/offers", OfferAsync);
        admin.Publishers.MapPost("/syndication/offers/{id:long}/{action}", OfferActAsync);
    }

    private static async Task<IResult> ProposeAsync(HttpContext http, AdminRequest r, AllianceService alliances, AuditTrail audit, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        try
        {
            var alliance = await alliances.ProposeAsync(form.Text("hub"), r.UserEmail, ct);
            await audit.RecordAsync(SyndicationActions.AllianceProposed, $"hub {alliance.PartnerTenant}", cancellationToken: ct);
            return Results.Redirect($"{r.AdminBase}/alliances?done=proposed");
        }
        catch (MediaValidationException ex)
        {
            return await AlliancesAsync(r, alliances, null, ex.Message, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> AllianceActAsync(long id, string action, AdminRequest r, AllianceService alliances, AuditTrail audit, CancellationToken ct)
    {
        try
        {
            switch (action)
            {
                case "accept":
                    await alliances.AcceptAsync(id, r.UserEmail, ct);
                    await audit.RecordAsync(SyndicationActions.AllianceAccepted, $"alliance {id}", cancellationToken: ct);
                    break;
                case "end":
                    await alliances.EndAsync(id, ct);
                    await audit.RecordAsync(SyndicationActions.AllianceEnded, $"alliance {id}", cancellationToken: ct);
                    break;
                default:
                    return Results.NotFound();
            }

            return Results.Redirect($"{r.AdminBase}/alliances?done={action}");
        }
        catch (MediaValidationException ex)
        {
            return await AlliancesAsync(r, alliances, null, ex.Message, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> OfferAsync(HttpContext http, AdminRequest r, SyndicationService syndication, ArticleStore articles, SiteStore site, PublicOrigins origins, TenantContext tenant, AuditTrail audit, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        try
        {
            var offer = await syndication.OfferAsync(form.Number("article") ?? 0, form.Text("hub"), r.UserEmail, origins.BaseUrl(tenant.Tenant, http.Request), ct);
            await audit.RecordAsync(SyndicationActions.Offered, $"article {offer.OriginalArticleId}", $"to {offer.ToTenant}", cancellationToken: ct);
            return Results.Redirect($"{r.AdminBase}/syndication?done=offered");
        }
        catch (ContentNotFoundException)
        {
            return await OffersAsync(r, syndication, articles, site, null, "Choose one of this hub's published articles.", ct, StatusCodes.Status400BadRequest);
        }
        catch (MediaValidationException ex)
        {
            return await OffersAsync(r, syndication, articles, site, null, ex.Message, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> OfferActAsync(HttpContext http, long id, string action, AdminRequest r, SyndicationService syndication, ArticleStore articles, SiteStore site, AuditTrail audit, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        try
        {
            switch (action)
            {
                case "accept":
                    var copy = await syndication.AcceptAsync(id, form.Text("topic"), r.UserEmail, ct);
                    await audit.RecordAsync(SyndicationActions.OfferAccepted, $"article {copy}", $"offer {id}", cancellationToken: ct);
                    break;
                case "decline":
                    await syndication.DeclineAsync(id, r.UserEmail, ct);
                    await audit.RecordAsync(SyndicationActions.OfferDeclined, $"offer {id}", cancellationToken: ct);
                    break;
                default:
                    return Results.NotFound();
            }

            return Results.Redirect($"{r.AdminBase}/syndication?done={(action == "accept" ? "accepted" : "declined")}#offer-{id}");
        }
        catch (ContentNotFoundException)
        {
            return Results.NotFound();
        }
        catch (Exception ex) when (ex is MediaValidationException or ContentValidationException)
        {
            return await OffersAsync(r, syndication, articles, site, null, ex.Message, ct, StatusCodes.Status400BadRequest);
        }
    }

    private static async Task<IResult> AlliancesAsync(AdminRequest r, AllianceService alliances, string? message, string? error, CancellationToken ct, int code = StatusCodes.Status200OK) =>
        AdminView.Page<AlliancesPage>(new { Me = alliances.Tenant, Alliances = await alliances.ListAsync(ct), Message = message, Error = error }, code);

    private static async Task<IResult> OffersAsync(AdminRequest r, SyndicationService syndication, ArticleStore articles, SiteStore site, string? message, string? error, CancellationToken ct, int code = StatusCodes.Status200OK) =>
        AdminView.Page<SyndicationPage>(new
        {
            Inbox = await syndication.InboxAsync(ct),
            Sent = await syndication.SentAsync(ct),
            Allies = await syndication.AlliesAsync(ct),
            Articles = (await articles.ListAsync(new ArticleListQuery((int)ArticleStatus.Published, null, null, null, null, 0, 200), ct)).Items,
            Topics = await site.TopicsAsync(ct),
            Message = message,
            Error = error,
        }, code);
}
