using OpinionAct.Media.Content;
using OpinionAct.Media.Data.Content;
using OpinionAct.Media.Data.Tenant;
using OpinionAct.Media.Site;
using OpinionAct.Media.Themes;
using OpinionAct.Media.Web.MediaLibrary;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.Web.Content;

/// <summary>The current tenant's site settings: read for every admin page, changed by Admins only.</summary>
public sealed class SettingsService(SiteSettingsStore store, ContentUnit unit, TenantContext tenant, ThemeCatalog themes, TimeProvider clock, IEnumerable<IContentChangeListener> listeners, MediaReferences media)
{
    public const int MaxSocialLinks = 20;

    public async Task<SiteSettingsRecord> GetAsync(CancellationToken cancellationToken) =>
        await store.GetAsync(cancellationToken);

    public static SiteSettingsDraft ToDraft(SiteSettingsRecord settings) => new()
    {
        SiteName = settings.SiteName,
        Description = settings.Description,
        Language = settings.Language,
        Theme = settings.Theme ?? ThemeCatalog.DefaultTheme,
        TimeZone = settings.TimeZone,
        SocialLinks = ContentJson.Links(settings.SocialLinksJson),
        Logo = settings.Logo ?? string.Empty,
        SocialImage = settings.SocialImage ?? string.Empty,
        Menu = ContentJson.Links(settings.MenuJson),
        BrandColor = SiteBrandColor.Get(settings) ?? string.Empty,
    };

    /// <summary>Validates every field, saves, and evicts the public pages that show the settings.</summary>
    public async Task SaveAsync(SiteSettingsDraft draft, ContentActor actor, CancellationToken cancellationToken)
    {
        if (!actor.CanManageSite)
        {
            throw new ContentAccessDeniedException("Only Admins change the site settings.");
        }

        var errors = new FieldErrors();
        errors.Text(draft.SiteName, nameof(SiteSettingsDraft.SiteName), 200, required: true);
        errors.Text(draft.Description, nameof(SiteSettingsDraft.Description), 1000, required: false);
        if (!ArticleValidator.Languages.Contains(draft.Language))
        {
            errors.Add(nameof(SiteSettingsDraft.Language), $"'{draft.Language}' is not supported; use 'fr' or 'en'.");
        }

        var theme = string.IsNullOrWhiteSpace(draft.Theme) ? null : themes.Find(draft.Theme.Trim());
        if (theme is null)
        {
            errors.Add(nameof(SiteSettingsDraft.Theme), $"'{draft.Theme}' is not an installed theme.");
        }

        var zoneId = draft.TimeZone.Trim();
        if (!IsIanaZone(zoneId))
        {
            errors.Add(nameof(SiteSettingsDraft.TimeZone), $"'{draft.TimeZone}' is not a known IANA time zone (e.g. 'Europe/Paris').");
        }

        if (draft.SocialLinks.Count > MaxSocialLinks)
        {
            errors.Add(nameof(SiteSettingsDraft.SocialLinks), $"at most {MaxSocialLinks} links.");
        }

        for (var i = 0; i < draft.SocialLinks.Count; i++)
        {
            errors.Text(draft.SocialLinks[i].Label, $"SocialLinks[{i}].Label", 100, required: true);
            if (string.IsNullOrWhiteSpace(draft.SocialLinks[i].Url))
            {
                errors.Add($"SocialLinks[{i}].Url", "is required.");
            }
            else
            {
                errors.Url(draft.SocialLinks[i].Url, $"SocialLinks[{i}].Url", absoluteOnly: true);
            }
        }

        var menu = SiteMenu.Normalize(draft.Menu);
        SiteMenu.Check(menu, errors);
        await media.CheckFieldAsync(errors, nameof(SiteSettingsDraft.Logo), draft.Logo, cancellationToken);
        await media.CheckFieldAsync(errors, nameof(SiteSettingsDraft.SocialImage), draft.SocialImage, cancellationToken);
        var brandColor = string.IsNullOrWhiteSpace(draft.BrandColor) ? null : BrandPalette.Normalize(draft.BrandColor);
        if (brandColor is null && !string.IsNullOrWhiteSpace(draft.BrandColor))
        {
            errors.Add(nameof(SiteSettingsDraft.BrandColor), BrandPalette.InvalidMessage);
        }

        errors.ThrowIfAny();
        var settings = await store.GetOrCreateAsync(cancellationToken);
        if (draft.Logo is not null)
        {
            settings.Logo = ContentPaths.Blank(draft.Logo);
        }

        if (draft.SocialImage is not null)
        {
            settings.SocialImage = ContentPaths.Blank(draft.SocialImage);
        }

        if (draft.BrandColor is not null)
        {
            SiteBrandColor.Set(settings, brandColor);
        }

        settings.SiteName = draft.SiteName.Trim();
        settings.Description = ContentPaths.Blank(draft.Description);
        settings.Language = draft.Language;
        settings.Theme = theme!.Name;
        settings.TimeZone = zoneId;
        settings.SocialLinksJson = ContentJson.Write(draft.SocialLinks.Select(l => new LinkView(l.Label.Trim(), l.Url.Trim())).ToList());
        settings.MenuJson = ContentJson.Write(menu);
        settings.UpdatedUtc = clock.GetUtcNow().UtcDateTime;
        await unit.SaveAsync(cancellationToken);
        await ContentChanges.NotifyAsync(listeners, tenant.Tenant.Name, unit, cancellationToken);
    }

    /// <summary>True for IANA ids known to this machine ("Europe/Paris", "UTC"); Windows ids are refused.</summary>
    public static bool IsIanaZone(string id) =>
        id.Length is > 0 and <= 100 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) && zone.HasIanaId;
}
