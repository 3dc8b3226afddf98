using System.Globalization;
using System.Text;
using MailKit;
using MailKit.Net.Imap;
using MailKit.Security;
using MimeKit;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// The loopback Dovecot of tests/scripts/dovecot.sh (any user name, password "secret"): each test takes a mailbox user
/// of its own, so tests run side by side, and APPENDs its bounce mail over IMAP with MailKit.
/// </summary>
public sealed class TestImapServer
{
    public const string Variable = "MEDIA_TEST_IMAP";

    public const string Password = "secret";

    private TestImapServer(string host, int port, string user)
    {
        Host = host;
        Port = port;
        User = user;
    }

    /// <summary>host:port from MEDIA_TEST_IMAP, or null when no server is configured.</summary>
    public static string? Endpoint => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string Host { get; }

    public int Port { get; }

    public string User { get; }

    /// <summary>A mailbox of its own (a fresh user name) on the configured server.</summary>
    public static TestImapServer NewMailbox()
    {
        var endpoint = Endpoint ?? throw new InvalidOperationException($"{Variable} is not set.");
        var colon = endpoint.LastIndexOf(':');
        return new TestImapServer(endpoint[..colon], int.Parse(endpoint[(colon + 1)..], CultureInfo.InvariantCulture), "t" + Guid.NewGuid().ToString("N")[..16]);
    }

    /// <summary>Appends raw messages to <paramref name="folder"/>, many per command (MULTIAPPEND); returns their UIDs.</summary>
    public async Task<IList<UniqueId>> AppendAsync(IEnumerable<string> messages, string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = await client.GetFolderAsync(folder);
        var uids = new List<UniqueId>();
        foreach (var chunk in messages.Chunk(250))
        {
            var requests = chunk.Select(raw => (IAppendRequest)new AppendRequest(MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw))))).ToList();
            uids.AddRange(await target.AppendAsync(requests));
        }

        await client.DisconnectAsync(true);
        return uids;
    }

    /// <summary>How many messages <paramref name="folder"/> holds (0 when it does not exist).</summary>
    public async Task<int> CountAsync(string folder)
    {
        using var client = await ConnectAsync();
        try
        {
            var target = await client.GetFolderAsync(folder);
            await target.StatusAsync(StatusItems.Count);
            return target.Count;
        }
        catch (FolderNotFoundException)
        {
            return 0;
        }
        finally
        {
            await client.DisconnectAsync(true);
        }
    }

    /// <summary>The folder's UIDVALIDITY.</summary>
    public async Task<uint> UidValidityAsync(string folder = "INBOX")
    {
        using var client = await ConnectAsync();
        var target = await client.GetFolderAsync(folder);
        await target.StatusAsync(StatusItems.UidValidity);
        await client.DisconnectAsync(true);
        return target.UidValidity;
    }

    /// <summary>Creates <paramref name="folder"/>, deleting it first when it exists: the server then gives it a new UIDVALIDITY.</summary>
    public async Task CreateAsync(string folder)
    {
        using var client = await ConnectAsync();
        try
        {
            await (await client.GetFolderAsync(folder)).DeleteAsync();
        }
        catch (FolderNotFoundException)
        {
            // First time: nothing to delete.
        }

        await client.GetFolder(client.PersonalNamespaces[0]).CreateAsync(folder, true);
        await client.DisconnectAsync(true);
    }

    private async Task<ImapClient> ConnectAsync()
    {
        var client = new ImapClient();
        await client.ConnectAsync(Host, Port, SecureSocketOptions.None);
        await client.AuthenticateAsync(User, Password);
        return client;
    }
}
