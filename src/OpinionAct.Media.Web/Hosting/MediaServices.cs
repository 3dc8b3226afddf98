using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
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

        foreach (var module in Program.Modules)
        {
            module.AddServices(services);
        }

        return services;
    }

    internal static MediaOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<MediaOptions>>().Value;
}
