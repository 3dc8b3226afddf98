namespace OpinionAct.Media.Recipes;

/// <summary>The configuration keys recipes may read without being listed by the installation.</summary>
public static class RecipeConfigurationKeys
{
    /// <summary>Orchard Core's stock recipes read the admin prefix; it is public in every admin URL anyway.</summary>
    public static readonly IReadOnlySet<string> BuiltIn = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "OrchardCore_Admin:AdminUrlPrefix",
    };

    private static readonly string[] SecretWords = ["password", "secret", "connectionstring", "token", "key", "credential", "salt"];

    /// <summary>
    /// Allowed when listed, unless the key's name says it holds a secret: a listing mistake must not
    /// publish a password.
    /// </summary>
    public static bool IsReadable(string key, IReadOnlySet<string> allowed) =>
        allowed.Contains(key) && !SecretWords.Any(word => key.Replace("_", string.Empty, StringComparison.Ordinal).Contains(word, StringComparison.OrdinalIgnoreCase));
}
