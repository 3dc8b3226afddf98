using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Audit;
using OpinionAct.Media.Data.Audit;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Audit;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Accounts;

/// <summary>The audit log: what sign-ins, role changes and publishing write, the Admins' page, its filters and export, and that no secret lands in it.</summary>
public sealed class AuditLogTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        await _host.CreateTenantAsync("audited", prefix: "audited");
        await AdminClient.AddUserAsync(_storage, "audited", "admin@audited.test", "Admin");
        await AdminClient.AddUserAsync(_storage, "audited", "editor@audited.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Audit_log_should_record_sign_ins_failures_role_changes_and_publishing_without_any_password()
    {
        const string wrongPassword = "hunter2-not-the-password";
        var stranger = new AdminClient(_host.Client(), "audited");
        await stranger.PostFormAsync("/login", "/login", [new("email", "editor@audited.test"), new("password", wrongPassword)]);
        await stranger.PostFormAsync("/login", "/login", [new("email", wrongPassword), new("password", wrongPassword)]);
        var editor = await AdminClient.SignInAsync(_host.Client(), "audited", "editor@audited.test");
        var id = await editor.CreateArticleAsync("Audit du toit", "Un paragraphe.", action: "publish");
        var admin = await AdminClient.SignInAsync(_host.Client(), "audited", "admin@audited.test");
        var editorId = await UserIdAsync("editor@audited.test");
        await admin.PostFormAsync("/people", $"/people/{editorId}/roles/add", [new("role", "Admin")]);

        var entries = await EntriesAsync();
        var page = await admin.PageAsync("/audit");
        var csv = await (await admin.GetAsync("/audit/export.csv")).Content.ReadAsStringAsync();

        Assert.Contains(entries, e => e.Action == AuditActions.SignInFailed && e.Actor == "editor@audited.test" && e.Ip.Length > 0);
        Assert.Contains(entries, e => e.Action == AuditActions.SignInFailed && e.Actor == "(not an email address)");
        Assert.Contains(entries, e => e.Action == AuditActions.SignInSucceeded && e.Actor == "editor@audited.test");
        Assert.Contains(entries, e => e.Action == AuditActions.ArticlePublished && e.Actor == "editor@audited.test" && e.Target == $"article {id}" && e.Detail == "Audit du toit");
        Assert.Contains(entries, e => e.Action == AuditActions.RoleChanged && e.Actor == "admin@audited.test" && e.Target == "editor@audited.test" && e.Detail == "role Admin added");
        Assert.Contains("role Admin added", page, StringComparison.Ordinal);
        Assert.Contains("article.published", csv, StringComparison.Ordinal);
        Assert.StartsWith("time_utc,actor_kind,actor,action,target,detail,ip", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, page, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, csv, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminClient.Password, csv, StringComparison.Ordinal);
        Assert.All(entries, e => Assert.DoesNotContain(wrongPassword, e.Actor + e.Target + e.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_page_should_filter_by_action_and_record_its_export()
    {
        var admin = await AdminClient.SignInAsync(_host.Client(), "audited", "admin@audited.test");
        await new AdminClient(_host.Client(), "audited").PostFormAsync("/login", "/login", [new("email", "nobody@audited.test"), new("password", "whatever it is")]);

        var failures = await admin.PageAsync("/audit?action=signin.failed");
        var none = await admin.PageAsync("/audit?action=signin.failed&actor=someone-else");
        var export = await admin.GetAsync("/audit/export.csv?action=signin.succeeded");
        var csv = await export.Content.ReadAsStringAsync();

        Assert.Contains("nobody@audited.test", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("<code>signin.succeeded</code>", failures, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody@audited.test", none, StringComparison.Ordinal);
        Assert.Equal("text/csv", export.Content.Headers.ContentType!.MediaType);
        Assert.Contains("admin@audited.test", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("nobody@audited.test", csv, StringComparison.Ordinal);
        Assert.Contains(await EntriesAsync(), e => e.Action == AuditActions.ExportCreated && e.Actor == "admin@audited.test");
    }

    [Fact]
    public async Task Audit_page_should_be_refused_when_the_editor_is_not_an_admin()
    {
        var editor = await AdminClient.SignInAsync(_host.Client(), "audited", "editor@audited.test");

        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/audit/export.csv")).StatusCode);
    }

    [Fact]
    public async Task Audit_trail_should_leave_no_entry_when_the_change_it_describes_is_rolled_back()
    {
        var tenant = (await _host.Get<ITenantStore>().FindAsync("audited", default))!;
        await using (var scope = _host.Services.CreateTenantScope(tenant))
        {
            var db = scope.ServiceProvider.GetRequiredService<TenantDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            scope.ServiceProvider.GetRequiredService<AuditTrail>().Add(AuditActions.ArticleDeleted, "article 42", "rolled back");
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }

        Assert.DoesNotContain(await EntriesAsync(), e => e.Detail == "rolled back");
    }

    private async Task<List<AuditEntryRecord>> EntriesAsync()
    {
        var tenant = (await _host.Get<ITenantStore>().FindAsync("audited", default))!;
        await using var scope = _host.Services.CreateTenantScope(tenant);
        return await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Set<AuditEntryRecord>().AsNoTracking().ToListAsync();
    }

    private async Task<string> UserIdAsync(string email)
    {
        var tenant = (await _host.Get<ITenantStore>().FindAsync("audited", default))!;
        await using var scope = _host.Services.CreateTenantScope(tenant);
        return (await scope.ServiceProvider.GetRequiredService<TenantDbContext>().Users.AsNoTracking().SingleAsync(u => u.Email == email)).Id;
    }
}
