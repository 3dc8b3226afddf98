namespace OpinionAct.Media.Web.Accounts;

/// <summary>The <c>Media:SignIn</c> section: how many failed sign-ins each key may have within <see cref="Window"/>.</summary>
public sealed class SignInThrottleOptions
{
    public const string SectionName = "Media:SignIn";

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failures from one client address, whatever the accounts tried.</summary>
    public int FailuresPerAddress { get; set; } = 20;

    /// <summary>Failures for one account from one client address: what a person who forgot a password meets.</summary>
    public int FailuresPerAccountAndAddress { get; set; } = 5;

    /// <summary>Failures for one account from every address together: stops guessing spread over many addresses.</summary>
    public int FailuresPerAccount { get; set; } = 100;
}
