using System.Globalization;

namespace OpinionAct.Media.Newsletters;

/// <summary>
/// The one rule for addresses readers type: trimmed; one '@'; an ASCII local part (dot-atom, at most 64
/// characters); a domain of at least two labels, international domain names accepted and converted to
/// punycode (<c>élysée.fr</c> → <c>xn--lyse-9oad.fr</c>) so every relay can deliver it; all lower-case
/// (RFC 5321 lets a server treat the local part's case as significant, but no mainstream mailbox does, and
/// one person must be one row: a bounce reported as <c>Lea@…</c> has to find <c>lea@…</c>); at most 254 characters in all. No line breaks, spaces, quotes, comments or IP literals: they are
/// legal in RFC 5322 but only ever typed by attackers (header injection) or by mistake.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    private static readonly IdnMapping Idn = new() { AllowUnassigned = false, UseStd3AsciiRules = true };

    /// <summary>The domain of an address as written (what follows its last '@'), or null when there is none.</summary>
    public static string? DomainOf(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at >= 0 && at < address!.Length - 1 ? address[(at + 1)..] : null;
    }

    /// <summary>The normalised address, or null with <paramref name="error"/> set to one sentence a person can act on.</summary>
    public static string? Normalize(string? input, out string? error)
    {
        error = null;
        var value = input?.Trim() ?? string.Empty;
        if (value.Length == 0)
        {
            error = "Enter an email address.";
            return null;
        }

        if (value.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            error = "An email address cannot contain spaces or line breaks.";
            return null;
        }

        if (value.Length > MaxLength * 2)
        {
            error = $"An email address has at most {MaxLength} characters.";
            return null;
        }

        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1 || value.IndexOf('@', StringComparison.Ordinal) != at)
        {
            error = $"'{Shorten(value)}' is not an email address (expected name@example.com).";
            return null;
        }

        var local = value[..at];
        var domain = value[(at + 1)..].TrimEnd('.');
        if (local.Length > 64 || !IsDotAtom(local))
        {
            error = local.Any(c => c > 127)
                ? "The part before '@' must use plain ASCII letters (accented names before '@' are not deliverable everywhere)."
                : $"'{Shorten(value)}' is not an email address (the part before '@' has characters that are not allowed).";
            return null;
        }

        string ascii;
        try
        {
            ascii = Idn.GetAscii(domain).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            error = $"'{Shorten(domain)}' is not a valid domain name.";
            return null;
        }

        var labels = ascii.Split('.');
        if (labels.Length < 2 || labels.Any(l => l.Length is 0 or > 63 || l[0] == '-' || l[^1] == '-' || !l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            || labels[^1].All(char.IsAsciiDigit))
        {
            error = $"'{Shorten(domain)}' is not a valid domain name.";
            return null;
        }

        var normalized = $"{local.ToLowerInvariant()}@{ascii}";
        if (normalized.Length > MaxLength)
        {
            error = $"An email address has at most {MaxLength} characters.";
            return null;
        }

        return normalized;
    }

    /// <summary>RFC 5322 dot-atom: atext runs separated by single dots.</summary>
    private static bool IsDotAtom(string local) =>
        local.Split('.').All(part => part.Length > 0 && part.All(IsAtext));

    private static bool IsAtext(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-/=?^_`{|}~".Contains(c, StringComparison.Ordinal);

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
