using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpinionAct.Media.Accounts;
using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Web.Accounts;
using static OpinionAct.Media.Web.Html.HtmlPage;
using OpinionAct.Media.Web.Admin;

namespace OpinionAct.Media.Web.Accounts.Admin;

/// <summary>
/// People (Admins): the tenant's accounts with their roles, adding an account with a generated
/// password (shown once, on the response page, never in a URL or a log), adding and removing roles.
/// </summary>
internal static class AdminPeopleEndpoints
{
    public static RouteGroupBuilder MapAdminPeople(this RouteGroupBuilder admin)
    {
        admin.MapGet("/people", (AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, string? done, CancellationToken ct) =>
            PageAsync(r, users, roles, string.Empty, ContentActor.Author, AdminHtml.NoErrors, done is "role_added" or "role_removed" ? r.T($"done.{done}") : null, null, StatusCodes.Status200OK, ct));
        admin.MapPost("/people", AddAsync);
        admin.MapPost("/people/{id}/roles/add", (string id, HttpContext http, AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, CancellationToken ct) =>
            ChangeRoleAsync(id, add: true, http, r, users, roles, ct));
        admin.MapPost("/people/{id}/roles/remove", (string id, HttpContext http, AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, CancellationToken ct) =>
            ChangeRoleAsync(id, add: false, http, r, users, roles, ct));
        return admin;
    }

    private static async Task<IResult> PageAsync(
        AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, string email, string role,
        IReadOnlyDictionary<string, string[]> errors, string? message, string? secret, int status, CancellationToken ct)
    {
        var t = r.Text;
        var roleNames = await RoleNamesAsync(roles, ct);
        var rows = new StringBuilder();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct))
        {
            var userRoles = (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList();
            var name = user.Email ?? user.UserName ?? user.Id;
            var current = string.Concat(userRoles.Select(role =>
                $"<li>{E(role)} {AdminHtml.ButtonForm(r, $"{r.AdminBase}/people/{Uri.EscapeDataString(user.Id)}/roles/remove", t["people.remove"], t.Format("people.remove_named", role, name), $"<input type=\"hidden\" name=\"role\" value=\"{E(role)}\">")}</li>"));
            var missing = roleNames.Except(userRoles, StringComparer.Ordinal).ToList();
            var add = missing.Count == 0 ? string.Empty : $"""
                <form class="inline" method="post" action="{E(r.AdminBase)}/people/{E(Uri.EscapeDataString(user.Id))}/roles/add">{r.TokenField()}
                <label class="visually-hidden" for="role-{E(user.Id)}">{E(t.Format("people.role_for", name))}</label>
                <select id="role-{E(user.Id)}" name="role">{string.Concat(missing.Select(x => $"<option>{E(x)}</option>"))}</select>
                <button type="submit" class="secondary">{E(t["people.add_role"])}</button></form>
                """;
            rows.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(name)}</td><td><ul>{current}</ul></td><td>{add}</td><td>{E(r.Date(user.CreatedUtc))}</td></tr>\n");
        }

        var created = secret is null ? string.Empty : $"""
            <div class="ok" role="status">
            <p>{E(t.Format("people.created", email))}</p>
            <p>{E(t["people.password"])} <code class="secret">{E(secret)}</code></p>
            <p>{E(t["people.password_once"])}</p>
            </div>
            """;
        var body = $"""
            <h1>{E(t["nav.people"])}</h1>
            {AdminHtml.Notice(message)}
            {created}
            <table>
            <caption class="visually-hidden">{E(t["nav.people"])}</caption>
            <thead><tr><th scope="col">{E(t["field.Email"])}</th><th scope="col">{E(t["people.roles"])}</th><th scope="col">{E(t["col.action"])}</th><th scope="col">{E(t["people.since"])}</th></tr></thead>
            <tbody>
            {rows}
            </tbody>
            </table>
            <h2>{E(t["people.new"])}</h2>
            <p class="hint">{E(t["people.cli"])} <code>users add --tenant … --email … --role Admin|Editor|Author</code></p>
            {AdminHtml.Summary(t, errors)}
            <form method="post" action="{E(r.AdminBase)}/people" novalidate>
            {r.TokenField()}
            <div class="row">
            {AdminHtml.Input(t, "Email", secret is null ? email : string.Empty, errors, type: "email", attributes: "required autocomplete=\"off\"")}
            {AdminHtml.Select(t, "Role", roleNames.Select(x => (x, x)), role, errors)}
            </div>
            <div class="actions"><button type="submit">{E(t["people.create"])}</button></div>
            </form>
            """;
        return AdminLayout.Page(r, t["nav.people"], body, status, "people");
    }

    private static async Task<IResult> AddAsync(HttpContext http, AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, TimeProvider clock, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var email = form.Text("Email");
        var role = form.Text("Role");
        var errors = new FieldErrors();
        if (!EmailAddress.IsValid(email))
        {
            errors.Add("Email", r.T("error.email"));
        }
        else if (await users.FindByEmailAsync(email) is not null)
        {
            errors.Add("Email", r.T("error.email_taken"));
        }

        if (!(await RoleNamesAsync(roles, ct)).Contains(role, StringComparer.Ordinal))
        {
            errors.Add("Role", r.T("error.role"));
        }

        if (!errors.Any)
        {
            var password = Passwords.Generate();
            var user = new TenantUser { UserName = email, Email = email, EmailConfirmed = true, CreatedUtc = clock.GetUtcNow().UtcDateTime };
            var result = await users.CreateAsync(user, password);
            if (result.Succeeded)
            {
                result = await users.AddToRoleAsync(user, role);
            }

            if (result.Succeeded)
            {
                // 200 with the password on this page (no redirect): a secret never travels in a URL.
                return await PageAsync(r, users, roles, email, role, AdminHtml.NoErrors, null, password, StatusCodes.Status200OK, ct);
            }

            errors.Add("Email", string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        return await PageAsync(r, users, roles, email, role, errors.ToDictionary(), null, null, StatusCodes.Status422UnprocessableEntity, ct);
    }

    private static async Task<IResult> ChangeRoleAsync(string id, bool add, HttpContext http, AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, CancellationToken ct)
    {
        var form = await AdminForm.ReadAsync(http);
        var role = form.Text("role");
        var user = await users.FindByIdAsync(id);
        if (user is null || !(await RoleNamesAsync(roles, ct)).Contains(role, StringComparer.Ordinal))
        {
            return AdminLayout.NotFound(r);
        }

        if (!add && role == ContentActor.Admin && (await users.GetUsersInRoleAsync(ContentActor.Admin)).Count <= 1)
        {
            return await PageWithErrorAsync(r, users, roles, r.T("error.last_admin"), ct);
        }

        var result = add ? await users.AddToRoleAsync(user, role) : await users.RemoveFromRoleAsync(user, role);
        return result.Succeeded
            ? AdminLayout.Redirect(r, $"/people?done={(add ? "role_added" : "role_removed")}")
            : await PageWithErrorAsync(r, users, roles, string.Join(" ", result.Errors.Select(e => e.Description)), ct);
    }

    private static Task<IResult> PageWithErrorAsync(AdminRequest r, UserManager<TenantUser> users, RoleManager<TenantRole> roles, string error, CancellationToken ct) =>
        PageAsync(r, users, roles, string.Empty, ContentActor.Author, new Dictionary<string, string[]> { ["Role"] = [error] }, null, null, StatusCodes.Status409Conflict, ct);

    private static async Task<List<string>> RoleNamesAsync(RoleManager<TenantRole> roles, CancellationToken ct) =>
        (await roles.Roles.AsNoTracking().Select(x => x.Name).ToListAsync(ct)).OfType<string>().Order(StringComparer.Ordinal).ToList();
}
