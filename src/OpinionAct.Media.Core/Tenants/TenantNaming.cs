using System.Text.RegularExpressions;

namespace OpinionAct.Media.Tenants;

/// <summary>
/// Rules for tenant names, URL prefixes and request hosts. Names and prefixes become folder
/// names, schema names and path segments, so they are kept to a strict lowercase slug.
/// </summary>
public static partial class TenantNaming
{
    public const int MaxNameLength = 40;

    /// <summary>Words that are routes or storage names of the platform itself.</summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "admin", "api", "health", "default", "host", "connect", "static", "assets", "media",
        "login", "logout", "account", "app-data", "tenants", "recipes", "themes", "www",
    };

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:[0-9]{1,5})?$", RegexOptions.CultureInvariant)]
    private static partial Regex HostPattern();

    /// <summary>Returns why <paramref name="name"/> cannot be a tenant name, or null when it can.</summary>
    public static string? ValidateName(string? name) => ValidateSlug(name, "tenant name");

    /// <summary>Returns why <paramref name="prefix"/> cannot be a URL prefix, or null when it can.</summary>
    public static string? ValidatePrefix(string? prefix) => ValidateSlug(prefix, "URL prefix");

    /// <summary>Trims slashes and whitespace; an empty prefix means "none".</summary>
    public static string? NormalizePrefix(string? prefix)
    {
        var trimmed = prefix?.Trim().Trim('/');
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>Lowercases and trims a host; returns null with a reason when it is not a valid host.</summary>
    public static string NormalizeHost(string host, out string? error)
    {
        var normalized = host.Trim().TrimEnd('.').ToLowerInvariant();
        error = normalized.Length is 0 or > 253 || !HostPattern().IsMatch(normalized)
            ? $"'{host}' is not a valid host name (expected e.g. brand.example.com, localhost:5000 or *.example.com)."
            : null;
        return normalized;
    }

    /// <summary>The PostgreSQL schema that holds a tenant's tables.</summary>
    public static string SchemaName(string tenantName) => "t_" + tenantName.Replace('-', '_');

    private static string? ValidateSlug(string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"The {what} is required.";
        }

        if (value.Length > MaxNameLength)
        {
            return $"The {what} '{value}' is too long ({value.Length} characters; at most {MaxNameLength}).";
        }

        if (!SlugPattern().IsMatch(value))
        {
            return $"The {what} '{value}' is invalid: use lowercase letters, digits and single hyphens, starting with a letter (e.g. 'acme-energie').";
        }

        if (Reserved.Contains(value))
        {
            return $"The {what} '{value}' is reserved by the platform; choose another.";
        }

        return null;
    }
}
