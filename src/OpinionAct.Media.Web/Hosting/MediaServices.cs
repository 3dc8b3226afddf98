using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.Recipes;
using OpinionAct.Media.Tenants;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Newsletters;
using OpinionAct.Media.Web.Recipes;
using OpinionAct.Media.Web.Search;
using OpinionAct.Media.Web.Recipes.Steps;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Registers what both the web host and the CLI need: storage, tenants, recipes, accounts.</summary>
public static class MediaServices
{
    /// <param name="configuration">The host's configuration, for what must be known while registering (the key ring's certificate).</param>
    public static IServiceCollection AddMediaPlatform(this IServiceCollection services, string contentRoot, IConfiguration? configuration = null)
    {
        services.AddOptions<MediaOptions>()
            .BindConfiguration(MediaOptions.SectionName)
            .PostConfigure(options =>
            {
                options.DataPath = Path.GetFullPath(options.DataPath, contentRoot);
                options.RecipesPath = Path.GetFullPath(options.RecipesPath ?? Path.Combine(AppContext.BaseDirectory, "recipes"), contentRoot);
                options.ThemesPath = Path.GetFullPath(options.ThemesPath ?? Path.Combine(AppContext.BaseDirectory, "themes"), contentRoot);
            });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new TenantStorageLayout(Options(sp).DataPath));
        services.AddSingleton<MediaDatabase>();
        services.AddSingleton<ITenantStore, TenantStore>();
        services.AddSingleton<TenantActivator>();
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<MediaDatabase>());
        services.AddSingleton<ITenantResourceOwner>(sp => sp.GetRequiredService<TenantActivator>());
        services.AddSingleton<TenantRegistry>();
        services.AddSingleton<TenantProvisioner>();
        services.AddSingleton(sp => new RecipeCatalog(Options(sp).RecipesPath!));
        services.AddSingleton(sp => new ThemeCatalog(Options(sp).ThemesPath!));
        services.AddSingleton<ThemeRenderer>();
        services.AddSingleton<PublicOrigins>();

        // Keys live in the data folder so cookies, antiforgery tokens and emailed links survive restarts,
        // and the CLI signs links with the same key ring as the web host. They are encrypted there
        // (a certificate, or the master key file beside them: KeyRingProtection).
        var dataProtection = services.AddDataProtection().SetApplicationName("OpinionAct.Media");
        var certificate = configuration is null
            ? null
            : KeyRingProtection.LoadCertificate(configuration.GetSection("Media:DataProtection:Certificate").Get<CertificateOptions>() ?? new(), contentRoot);
        if (certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        services.AddSingleton<KeyRingProtection>();
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<MediaOptions>, ILoggerFactory, KeyRingProtection>((keys, media, loggers, protection) =>
        {
            keys.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(media.Value.DataPath, "keys")), loggers);
            if (certificate is null)
            {
                keys.XmlEncryptor = protection.CreateEncryptor();
            }
        });

        services.AddScoped<TenantContext>();
        services.AddScoped<HostDbContext>(sp => sp.GetRequiredService<MediaDatabase>().CreateHostContext());
        services.AddScoped<TenantDbContext>(sp =>
        {
            var tenant = sp.GetRequiredService<TenantContext>().Tenant;
            if (tenant.IsHost)
            {
                throw new InvalidOperationException("The host tenant has no tenant database.");
            }

            return sp.GetRequiredService<MediaDatabase>().CreateTenantContext(tenant.Name);
        });

        services.AddAccounts();
        services.AddContent();
        services.AddSiteSearch();
        services.AddRecipes();
        services.AddNewsletters();
        services.AddAnalytics();
        return services;
    }

    private static IServiceCollection AddAccounts(this IServiceCollection services)
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
        }

        services.AddIdentityCore<AgencyUser>(Policy).AddRoles<IdentityRole>().AddEntityFrameworkStores<HostDbContext>();
        services.AddIdentityCore<TenantUser>(Policy).AddRoles<TenantRole>().AddEntityFrameworkStores<TenantDbContext>();
        return services;
    }

    private static IServiceCollection AddRecipes(this IServiceCollection services)
    {
        services.AddScoped<IRecipeUnitOfWork, TenantRecipeUnitOfWork>();
        services.AddScoped<RecipeExecutor>();
        services.AddScoped<IRecipeStepHandler, SettingsStep>();
        services.AddScoped<IRecipeStepHandler, ThemesStep>();
        services.AddScoped<IRecipeStepHandler, FeatureStep>();
        services.AddScoped<IRecipeStepHandler, RolesStep>();
        services.AddScoped<IRecipeStepHandler, UsersStep>();
        services.AddScoped<IRecipeStepHandler, NewslettersStep>();

        // Capabilities extend this step by registering an IContentItemImporter per content type they own.
        services.AddScoped<IRecipeStepHandler, ContentStep>();
        return services;
    }

    private static MediaOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<MediaOptions>>().Value;
}
