namespace OpinionAct.Media.Web.Subscriptions;

/// <summary>
/// A kind of one-off email another module sends through <see cref="ConfirmationOutbox"/> (a scoped service, resolved in
/// the tenant's scope): the worker gives it the quick retries and the failure handling of confirmations. The module
/// keeps its own durable record of what is due and its own sweep (a <see cref="Tenancy.ITenantJob"/> of
/// <see cref="SweepKind"/>), as consents do, so a crash between its commit and the send loses nothing.
/// </summary>
public interface IOutboxMail
{
    /// <summary>The job kind in <see cref="ConfirmationMailJob.Kind"/>.</summary>
    string Kind { get; }

    /// <summary>The tenant job that finds what was due but never accepted; scheduled again when a send fails.</summary>
    string SweepKind { get; }

    /// <summary>Sends the email about row <paramref name="id"/> if it is still due; false when nothing was.</summary>
    /// <exception cref="OpinionAct.Media.Newsletters.MailDeliveryException">The SMTP server refused or could not be reached.</exception>
    Task<bool> SendAsync(string tenantName, int id, CancellationToken cancellationToken);
}
