using System.Net.Mail;

namespace OpinionAct.Media.Ambassadors;

/// <summary>What an editor may type for a new ambassador: every problem is one sentence a person can act on.</summary>
public static class AmbassadorRules
{
    public const int NameMaxLength = 120;
    public const int EmailMaxLength = 256;

    /// <summary>The cleaned fields, or a <see cref="MediaValidationException"/> before anything is written.</summary>
    public static (string Name, AmbassadorKind Kind, string Email) Check(string? name, string? kind, string? email)
    {
        var cleanName = name?.Trim() ?? string.Empty;
        if (cleanName.Length == 0)
        {
            throw new MediaValidationException("Give the ambassador's name (the person or the organisation that shares the links).");
        }

        if (cleanName.Length > NameMaxLength || cleanName.Any(char.IsControl))
        {
            throw new MediaValidationException($"The ambassador's name must be one line of at most {NameMaxLength} characters.");
        }

        if (!Enum.TryParse<AmbassadorKind>(kind, ignoreCase: true, out var parsedKind) || !Enum.IsDefined(parsedKind) || int.TryParse(kind, out _))
        {
            throw new MediaValidationException("Choose what kind of ambassador this is: Expert, Partner or Reader.");
        }

        var cleanEmail = email?.Trim() ?? string.Empty;
        if (cleanEmail.Length is 0 or > EmailMaxLength || !MailAddress.TryCreate(cleanEmail, out var address) || address.Address != cleanEmail || address.DisplayName.Length > 0)
        {
            throw new MediaValidationException("Give the ambassador's email address (name@example.org): their monthly figures are sent there.");
        }

        return (cleanName, parsedKind, cleanEmail.ToLowerInvariant());
    }
}
