using System.Globalization;

namespace OpinionAct.Media.Deliverability;

/// <summary>
/// A tenant's envelope sender (SMTP <c>MAIL FROM</c>): its bounce address, or with VERP
/// <c>{local}+{token}@{domain}</c> per recipient so a bounce names who it is about even when the
/// report itself is vague. Null key = plain return path.
/// </summary>
public sealed class ReturnPath(string address, byte[]? verpKey)
{
    /// <summary>The plain bounce address (transactional mail, and every message when VERP is off).</summary>
    public string Address => address;

    public bool Verp => verpKey is not null;

    /// <summary>The local part before any <c>+</c> tag: VERP addresses start with it and a '+'.</summary>
    public string LocalPart => LocalPartOf(address);

    /// <summary>The envelope sender for one recipient (and issue, when it is one).</summary>
    public string For(int subscriberId, int? issueId)
    {
        if (verpKey is null)
        {
            return address;
        }

        var at = address.LastIndexOf('@');
        return string.Create(CultureInfo.InvariantCulture, $"{address[..at]}+{VerpToken.Mint(verpKey, subscriberId, issueId)}{address[at..]}");
    }

    private static string LocalPartOf(string address)
    {
        var at = address.LastIndexOf('@');
        var local = at < 0 ? address : address[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? local : local[..plus];
    }
}
