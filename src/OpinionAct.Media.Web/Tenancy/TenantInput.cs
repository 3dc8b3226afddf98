using OpinionAct.Media.Tenants;
using OpinionAct.Media.Themes;

namespace OpinionAct.Media.Web.Tenancy;

/// <summary>
/// The checks a tenant's name, hosts, prefix, theme and display name pass, the same when a tenant is created and when
/// it is changed (console and CLI alike). Each throws <see cref="MediaValidationException"/> with a sentence for people.
/// </summary>
internal static class TenantInput
{
    public static string Name(string name)
    {
        var trimmed = name.Trim();
        Check(TenantNaming.ValidateName(trimmed));
        return trimmed;
    }

    /// <summary>The hosts normalised (lower case, no port 80/443, no trailing dot), each once, in the order given.</summary>
    public static List<string> Hosts(IEnumerable<string> hosts)
    {
        var normalized = new List<string>();
        foreach (var host in hosts)
        {
            var one = TenantNaming.NormalizeHost(host, out var error);
            Check(error);
            if (!normalized.Contains(one))
            {
                normalized.Add(one);
            }
        }

        return normalized;
    }

    /// <summary>The prefix normalised and checked; null for none.</summary>
    public static string? Prefix(string? prefix)
    {
        var normalized = TenantNaming.NormalizePrefix(prefix);
        if (normalized is not null)
        {
            Check(TenantNaming.ValidatePrefix(normalized));
        }

        return normalized;
    }

    /// <summary>The installed theme's own name (case as installed).</summary>
    public static string Theme(ThemeCatalog themes, string theme)
    {
        if (themes.Find(theme) is { } found)
        {
            return found.Name;
        }

        var installed = string.Join(", ", themes.List().Select(t => t.Name));
        throw new MediaValidationException(themes.IsBase(theme)
            ? $"'{theme}' is a base theme: other themes build on it, but a hub cannot use it. Choose one of: {installed}."
            : $"Unknown theme '{theme}'. Installed themes: {installed}.");
    }

    public static string DisplayName(string displayName)
    {
        if (!IsDisplayName(displayName))
        {
            throw new MediaValidationException("The display name must be at most 200 characters, without control characters.");
        }

        return displayName.Trim();
    }

    public static bool IsDisplayName(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim().Length <= 200 && !value.Any(char.IsControl);

    private static void Check(string? error)
    {
        if (error is not null)
        {
            throw new MediaValidationException(error);
        }
    }
}
