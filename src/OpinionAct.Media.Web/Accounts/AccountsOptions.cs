namespace OpinionAct.Media.Web.Accounts;

/// <summary>The <c>Media:Accounts</c> section: the sender of account emails and how long their links work.</summary>
public sealed class AccountsOptions
{
    public const string SectionName = "Media:Accounts";

    /// <summary>The From address of invitations and password resets (the SMTP server must accept it).</summary>
    public string MailFrom { get; set; } = "no-reply@localhost";

    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a password reset link works (Identity's data-protection token lifespan).</summary>
    public TimeSpan ResetLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long the step between the password and the second factor may last.</summary>
    public TimeSpan TwoFactorStepLifetime { get; set; } = TimeSpan.FromMinutes(5);
}
