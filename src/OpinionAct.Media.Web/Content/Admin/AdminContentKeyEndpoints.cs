using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Content.Api;

namespace OpinionAct.Media.Web.Content.Admin;

/// <summary>The Content API key card's actions (Admins only): regenerate the key, require it or not. Both return to Integrations.</summary>
internal static class AdminContentKeyEndpoints
{
    public static RouteGroupBuilder MapAdminContentKey(this RouteGroupBuilder admin)
    {
        admin.MapPost("/integrations/content-key/regenerate", async (AdminRequest r, ContentKeyService keys, CancellationToken ct) =>
        {
            await keys.RegenerateAsync(ct);
            return AdminLayout.Redirect(r, "/integrations?done=content_key_regenerated");
        });
        admin.MapPost("/integrations/content-key/require", async (HttpContext http, AdminRequest r, ContentKeyService keys, CancellationToken ct) =>
        {
            var form = await AdminForm.ReadAsync(http);
            await keys.SetRequiredAsync(form.Text("Required") == "true", ct);
            return AdminLayout.Redirect(r, "/integrations?done=content_key_saved");
        });
        return admin;
    }
}
