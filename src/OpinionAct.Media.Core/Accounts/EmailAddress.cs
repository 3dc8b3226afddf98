using System.Net.Mail;

namespace OpinionAct.Media.Accounts;

/// <summary>One definition of a valid email address, for accounts now and subscribers later.</summary>
public static class EmailAddress
{
    public static bool IsValid(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Any(char.IsWhiteSpace))
        {
            return false;
        }

        return MailAddress.TryCreate(value, out var address)
            && address.Address == value
            && address.User.Length > 0
            && (address.Host.Contains('.', StringComparison.Ordinal) || address.Host == "localhost");
    }
}
