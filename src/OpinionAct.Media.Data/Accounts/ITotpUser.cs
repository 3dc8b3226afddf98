namespace OpinionAct.Media.Data.Accounts;

/// <summary>An account that signs in with an authenticator app: the last TOTP time step it accepted, so the same code (or an older one) is refused.</summary>
public interface ITotpUser
{
    long? TotpLastStep { get; set; }
}
