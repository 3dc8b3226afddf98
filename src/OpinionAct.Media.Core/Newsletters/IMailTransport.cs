namespace OpinionAct.Media.Newsletters;

/// <summary>Opens SMTP sessions for a tenant with that tenant's settings (or the host-wide default).</summary>
public interface IMailTransport
{
    /// <summary>Connects and authenticates; the session is reused for many messages, then disposed.</summary>
    Task<IMailSession> OpenAsync(string tenantName, CancellationToken cancellationToken);
}
