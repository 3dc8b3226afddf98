using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Cli;

public sealed class UserCliTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "acme")).ExitCode);
        Assert.Equal(0, (await CliRunner.RunAsync(_storage, "tenants", "create", "--name", "rival")).ExitCode);
    }

    public async Task DisposeAsync() => await _storage.DisposeAsync();

    [Fact]
    public async Task Users_add_should_take_the_password_from_stdin_and_keep_the_account_in_that_tenant_only()
    {
        var result = await CliRunner.RunWithInputAsync(_storage, "a long enough passphrase\n", "users", "add", "--tenant", "acme", "--email", "chloé@acme.test", "--role", "Editor");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("Generated password", result.Out, StringComparison.Ordinal);
        await using var host = new MediaHost(_storage);
        Assert.True(await CheckPasswordAsync(host, "acme", "chloé@acme.test", "a long enough passphrase"));
        Assert.False(await CheckPasswordAsync(host, "rival", "chloé@acme.test", "a long enough passphrase"));
    }

    [Fact]
    public async Task Users_add_should_generate_and_print_a_password_once_when_stdin_is_empty()
    {
        var result = await CliRunner.RunWithInputAsync(_storage, "", "users", "add", "--tenant", "acme", "--email", "author@acme.test", "--role", "Author");

        Assert.Equal(0, result.ExitCode);
        var password = result.Out.Split("(shown once): ")[1].Trim();
        Assert.Equal(20, password.Length);
        await using var host = new MediaHost(_storage);
        Assert.True(await CheckPasswordAsync(host, "acme", "author@acme.test", password));
    }

    [Theory]
    [InlineData("ghost", "a@b.test", "Editor", "Unknown tenant 'ghost'")]
    [InlineData("acme", "not-an-email", "Editor", "not a valid email address")]
    [InlineData("acme", "a@b.test", "Overlord", "Unknown role 'Overlord' in tenant 'acme'. Roles: Admin, Author, Editor.")]
    [InlineData("Default", "a@b.test", "Editor", "Agency accounts have the role 'Agency'")]
    public async Task Users_add_should_refuse_bad_input(string tenant, string email, string role, string message)
    {
        var result = await CliRunner.RunWithInputAsync(_storage, "a long enough passphrase", "users", "add", "--tenant", tenant, "--email", email, "--role", role);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_should_refuse_a_short_password_and_a_duplicate_account()
    {
        var shortPassword = await CliRunner.RunWithInputAsync(_storage, "short", "users", "add", "--tenant", "acme", "--email", "x@acme.test", "--role", "Editor");
        await CliRunner.RunWithInputAsync(_storage, "a long enough passphrase", "users", "add", "--tenant", "acme", "--email", "y@acme.test", "--role", "Editor");
        var duplicate = await CliRunner.RunWithInputAsync(_storage, "a long enough passphrase", "users", "add", "--tenant", "acme", "--email", "y@acme.test", "--role", "Admin");

        Assert.Equal(1, shortPassword.ExitCode);
        Assert.Contains("at least 12 characters", shortPassword.Error, StringComparison.Ordinal);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already has an account", duplicate.Error, StringComparison.Ordinal);
    }

    private static async Task<bool> CheckPasswordAsync(MediaHost host, string tenantName, string email, string password)
    {
        var tenant = await host.Get<ITenantStore>().FindAsync(tenantName, default);
        await using var scope = host.Services.CreateTenantScope(tenant!);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<TenantUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.CheckPasswordAsync(user, password);
    }
}
