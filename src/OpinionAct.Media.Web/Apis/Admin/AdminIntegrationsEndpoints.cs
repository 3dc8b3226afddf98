using System.Globalization;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Apis.Integrations;
using OpinionAct.Media.Web.Apis.Server;

namespace OpinionAct.Media.Web.Apis.Admin;

/// <summary>Integrations (Admins only): the list with last use, create (the secret is shown once, on the answer page), revoke.</summary>
internal static class AdminIntegrationsEndpoints
{
    public static RouteGroupBuilder MapAdminIntegrations(this RouteGroupBuilder admin)
    {
        admin.MapGet("/integrations", (AdminRequest r, IntegrationService integrations, TimeProvider clock, string? done, CancellationToken ct) =>
            PageAsync(r, integrations, clock, done == "revoked" ? r.T("integrations.revoked_done") : null, ct));
        admin.MapPost("/integrations", CreateAsync);
        admin.MapPost("/integrations/{clientId}/revoke", async (string clientId, AdminRequest r, IntegrationService integrations, CancellationToken ct) =>
        {
            await integrations.RevokeAsync(clientId, r.UserEmail ?? "admin", ct);
            return AdminLayout.Redirect(r, "/integrations?done=revoked");
        });
        return admin;
    }

    private static async Task<IResult> CreateAsync(HttpContext http, AdminRequest r, IntegrationService integrations, TimeProvider clock, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var minutes = int.TryParse(form.Text("AccessTokenMinutes"), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        DateTime? expires = DateOnly.TryParseExact(form.Text("Expires"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)
            : null;
        var request = new IntegrationRequest(form.Text("Name"), form.Values("Scopes"), expires, NullIfEmpty(form.Text("RedirectUri")), minutes);
        if (form.Text("Expires").Length > 0 && expires is null)
        {
            return await PageAsync(r, integrations, clock, null, ct, input: request, error: "The expiry must be a date such as 2027-06-30.");
        }

        try
        {
            var created = await integrations.CreateAsync(request, r.UserEmail ?? "admin", ct);
            return await PageAsync(r, integrations, clock, null, ct, created: created);
        }
        catch (MediaValidationException ex)
        {
            return await PageAsync(r, integrations, clock, null, ct, input: request, error: ex.Message);
        }
    }

    private static async Task<IResult> PageAsync(
        AdminRequest r, IntegrationService integrations, TimeProvider clock, string? message, CancellationToken ct,
        IntegrationCreated? created = null, IntegrationRequest? input = null, string? error = null) =>
        AdminView.Page<IntegrationsPage>(
            new
            {
                Integrations = await integrations.ListAsync(ct),
                Now = clock.GetUtcNow().UtcDateTime,
                TokenUrl = $"{r.Http.Request.Scheme}://{r.Http.Request.Host}{r.Base}{ConnectEndpoints.TokenPath}",
                Created = created,
                Input = input,
                Message = message,
                Error = error,
            },
            error is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity);

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
