using Microsoft.AspNetCore.Identity;
using OpinionAct.Media.Data.Accounts;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Web.Accounts.Admin;
using OpinionAct.Media.Web.Accounts.Cli;
using OpinionAct.Media.Web.Accounts.Console;
using OpinionAct.Media.Web.Accounts.Recipes;
using OpinionAct.Media.Web.Admin;
using OpinionAct.Media.Web.Agency;
using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// Accounts: agency staff and each hub's editors (ASP.NET Core Identity, one store per database),
/// password sign-in and its throttle, the editor sign-in and people pages, the <c>roles</c> and
/// <c>users</c> recipe steps and the <c>users</c> verb.
/// </summary>
internal sealed class AccountsModule : IMediaModule
{
    public void AddServices(IServiceCollection services)
    {
        static void Policy(IdentityOptions options)
        {
            // Length over composition rules (NIST SP 800-63B). Guessing is slowed by SignInThrottle, not by
            // Identity's account lockout, which lets anyone lock any account by failing on purpose.
            options.Password.RequiredLength = 12;
            options.Password.RequireDigit = false;
            options.Password.RequireLowercase = false;
            options.Password.RequireUppercase = false;
            options.Password.RequireNonAlphanumeric = false;
            options.User.RequireUniqueEmail = true;

            // French names carry accents; emails are validated separately (EmailAddress).
            options.User.AllowedUserNameCharacters = string.Empty;
            options.Lockout.AllowedForNewUsers = false;

            // One provider for both kinds of accounts: Identity's options (and provider names) are shared.
            options.Tokens.PasswordResetTokenProvider = AccountTokenProvider.Name;
        }

        services.AddIdentityCore<AgencyUser>(Policy).AddRoles<IdentityRole>().AddEntityFrameworkStores<HostDbContext>()
            .AddTokenProvider<AccountTokenProvider>(AccountTokenProvider.Name);
        services.AddIdentityCore<TenantUser>(Policy).AddRoles<TenantRole>().AddEntityFrameworkStores<TenantDbContext>();
        services.AddOptions<AccountsOptions>().BindConfiguration(AccountsOptions.SectionName);
        services.AddScoped<InvitationStore>();

        // The CLI invites too (tenants create --admin-email).
        services.AddScoped<AccountMailer>();
        services.AddScoped<InvitationService>();
        services.AddScoped<TenantSessionStore>();
        services.AddScoped<AgencySessionStore>();
        services.AddScoped<AccountPolicyStore>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
    }

    public void AddWebServices(IServiceCollection services)
    {
        services.AddOptions<SignInThrottleOptions>().BindConfiguration(SignInThrottleOptions.SectionName);
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<PeopleService>();
        services.AddScoped<EditorSignIn>();
        services.AddScoped<TwoFactor<TenantUser>>();
        services.AddScoped<TwoFactor<AgencyUser>>();
        services.AddEditorTwoFactorStep(TimeSpan.FromMinutes(5));
        services.AddAgencyTwoFactorStep(TimeSpan.FromMinutes(5));
        services.AddSingleton<PasswordResetOutbox>();
        services.AddHostedService<PasswordResetWorker>();
    }

    public IEnumerable<CliCommand> Commands =>
    [
        new(
            ["users", "add"],
            """
            users add --tenant N --email E --role R   (password from stdin, or generated and printed once;
                                                       --tenant Default --role Agency adds agency staff)
            """,
            UserCommands.AddAsync),
        new(
            ["users", "require-2fa"],
            "users require-2fa --tenant N --required yes|no   (every editor of the hub signs in with a second factor)",
            TwoFactorPolicyCommands.RequireAsync),
    ];

    public void MapAdmin(AdminRoutes admin)
    {
        admin.Anonymous.MapAdminAccount();
        admin.Anonymous.MapAdminPasswordReset();
        admin.Anonymous.MapAdminTwoFactor();
        admin.Writers.MapAdminAccountSecurity();
        admin.Admins.MapAdminPeople();
        admin.MapAdminInvitations();
    }

    public void MapConsole(ConsoleRoutes console)
    {
        console.MapConsoleAccounts();
        console.MapConsoleTwoFactor();
        console.MapConsoleHubPeople();
    }
}
