namespace OpinionAct.Media.Web.Accounts;

/// <summary>
/// The one rule for where a sign-in sends people afterwards: a path inside the admin that asked
/// (never another site, another tenant, or the sign-in page itself); anything else gets the fallback.
/// </summary>
public static class ReturnUrls
{
    /// <param name="root">The admin's path from the host, e.g. <c>/admin</c> or <c>/brand/admin</c>.</param>
    public static string Within(string? returnUrl, string root, string fallback)
    {
        // Browsers drop tabs and line breaks inside URLs ("/\t/evil.example" becomes "//evil.example")
        // and treat "\" as "/": refuse them rather than try to normalise as each browser does.
        if (string.IsNullOrEmpty(returnUrl)
            || returnUrl.Length > 2048
            || returnUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\')
            || returnUrl.StartsWith("//", StringComparison.Ordinal)
            || !returnUrl.StartsWith('/')
            || !Uri.TryCreate(returnUrl, UriKind.Relative, out _))
        {
            return fallback;
        }

        var path = returnUrl.Split('?', '#')[0];
        var inside = path.Equals(root, StringComparison.Ordinal) || path.StartsWith(root + "/", StringComparison.Ordinal);
        var decoded = Uri.UnescapeDataString(path);
        return inside
            && !path.StartsWith(root + "/login", StringComparison.Ordinal)
            && !decoded.Contains("..", StringComparison.Ordinal)
            && !decoded.Contains("//", StringComparison.Ordinal)
            && !decoded.Contains('\\', StringComparison.Ordinal)
            ? returnUrl
            : fallback;
    }
}
