using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Data;
using OpinionAct.Media.Data.Host;
using OpinionAct.Media.Hosting;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>Registers what both the web host and the CLI need: options, the clock, the key ring, then every module's services.</summary>
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
        services.AddSingleton<PublicOrigins>();

        // A lone node keeps its keys in the data folder so cookies, antiforgery tokens and emailed links survive
        // restarts, and the CLI signs links with the same key ring as the web host. A cluster member keeps them in
        // the shared host database instead (docs/scale-out.md), so any node reads what another protected. Either way
        // they are encrypted at rest (a certificate, or a master key: KeyRingProtection).
        var dataProtection = services.AddDataProtection().SetApplicationName("OpinionAct.Media");
        var certificate = configuration is null
            ? null
            : KeyRingProtection.LoadCertificate(configuration.GetSection("Media:DataProtection:Certificate").Get<CertificateOptions>() ?? new(), contentRoot);
        if (certificate is not null)
        {
            dataProtection.ProtectKeysWithCertificate(certificate);
        }

        var cluster = configuration is null ? ClusterMode.LoneNode : ClusterSettings.Resolve(configuration, certificate is not null);
        services.AddSingleton(cluster);
        services.AddSingleton<KeyRingProtection>();
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((keys, sp) =>
        {
            keys.XmlRepository = cluster.IsMember
                ? new DataProtectionKeyStore(sp.GetRequiredService<MediaDatabase>())
                : new FileSystemXmlRepository(new DirectoryInfo(Path.Combine(Options(sp).DataPath, "keys")), sp.GetRequiredService<ILoggerFactory>());
            if (certificate is null)
            {
                keys.XmlEncryptor = sp.GetRequiredService<KeyRingProtection>().CreateEncryptor();
            }
        });

        foreach (var module in Program.Modules)
        {
            module.AddServices(services);
        }

        return services;
    }

    internal static MediaOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<MediaOptions>>().Value;
}
