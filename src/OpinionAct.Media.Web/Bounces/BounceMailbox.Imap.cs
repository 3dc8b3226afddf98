using System.Net.Sockets;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using OpinionAct.Media.Data.Bounces;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.Web.Bounces;

/// <summary>The IMAP side of a pass: connecting, the processed folder, putting mail away, and errors as sentences.</summary>
public sealed partial class BounceMailbox
{
    private async Task<ImapClient> ConnectAsync(string tenantName, BounceSettingsRecord settings, CancellationToken cancellationToken)
    {
        var tls = Enum.TryParse<SmtpTlsMode>(settings.ImapTlsMode, out var mode) ? mode : SmtpTlsMode.StartTlsWhenAvailable;
        var client = new ImapClient { Timeout = options.Value.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.ImapHost!, Port(settings, tls), SocketOptions(tls), cancellationToken);
            if (!string.IsNullOrEmpty(settings.ImapUserName))
            {
                await client.AuthenticateAsync(settings.ImapUserName, returnPaths.ImapPassword(settings, tenantName) ?? string.Empty, cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>The folder processed mail goes to, created at the top of the personal namespace when missing.</summary>
    private static async Task<IMailFolder> ProcessedFolderAsync(ImapClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetFolderAsync(name, cancellationToken);
        }
        catch (FolderNotFoundException)
        {
            var root = client.GetFolder(client.PersonalNamespaces[0]);
            return await root.CreateAsync(name, isMessageFolder: true, cancellationToken)
                ?? throw new FolderNotFoundException(name);
        }
    }

    /// <summary>Moves the messages to the processed folder (MOVE, or COPY and EXPUNGE), or deletes them.</summary>
    private static async Task PutAwayAsync(ImapFolder folder, IMailFolder? processed, IList<UniqueId> uids, CancellationToken cancellationToken)
    {
        if (processed is not null)
        {
            await folder.MoveToAsync(uids, processed, cancellationToken);
            return;
        }

        await folder.StoreAsync(uids, new StoreFlagsRequest(StoreAction.Add, MessageFlags.Deleted) { Silent = true }, cancellationToken);
        await folder.ExpungeAsync(uids, cancellationToken);
    }

    private static int Port(BounceSettingsRecord settings, SmtpTlsMode tls) => settings.ImapPort ?? (tls == SmtpTlsMode.Tls ? 993 : 143);

    private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.Tls => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };

    /// <summary>A sentence for the admin page and the CLI (never the password); null for what is not a mailbox problem.</summary>
    private static string? Describe(Exception exception, BounceSettingsRecord settings)
    {
        var where = $"{settings.ImapHost}:{Port(settings, Enum.TryParse<SmtpTlsMode>(settings.ImapTlsMode, out var mode) ? mode : SmtpTlsMode.StartTlsWhenAvailable)}";
        return exception switch
        {
            SocketException socket => $"Could not connect to the bounce mailbox at {where} ({socket.SocketErrorCode}); check the host and port, and that the server is up. The next pass tries again.",
            SslHandshakeException => $"The TLS handshake with the bounce mailbox at {where} failed; check the encryption setting and the server's certificate.",
            AuthenticationException => $"The bounce mailbox at {where} refused the user name or password.",
            FolderNotFoundException => $"The bounce mailbox at {where} has no folder '{settings.ImapFolder}'.",
            ImapCommandException command => $"The bounce mailbox at {where} refused a command: {command.Response} {command.ResponseText}",
            ImapProtocolException or IOException or ServiceNotConnectedException or TimeoutException or OperationCanceledException =>
                $"The connection to the bounce mailbox at {where} failed: {exception.Message}. The next pass tries again.",
            _ => null,
        };
    }
}
