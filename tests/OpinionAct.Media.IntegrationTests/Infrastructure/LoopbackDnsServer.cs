using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// A tiny authoritative DNS server on a loopback UDP port, for tests that look records up without a network: it answers
/// TXT queries from what the test published (a value longer than 255 bytes is split into strings, as DNS providers do),
/// NXDOMAIN for names it does not know, and nothing at all while <see cref="Silent"/> (a resolver that times out).
/// </summary>
public sealed class LoopbackDnsServer : IAsyncDisposable
{
    private const ushort TxtType = 16;
    private const ushort InClass = 1;

    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly ConcurrentDictionary<string, List<string[]>> _records = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _queries = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackDnsServer() => _loop = Task.Run(ServeAsync);

    /// <summary>The server as <c>Media:Deliverability:DnsServers</c> takes it.</summary>
    public string Endpoint => $"127.0.0.1:{((IPEndPoint)_socket.Client.LocalEndPoint!).Port}";

    /// <summary>While true, queries are read and never answered.</summary>
    public bool Silent { get; set; }

    /// <summary>While true, every query is answered SERVFAIL.</summary>
    public bool Failing { get; set; }

    /// <summary>The names asked so far, in order.</summary>
    public IReadOnlyList<string> Queries => [.. _queries];

    /// <summary>Settings that point the platform's DNS lookups here.</summary>
    public IEnumerable<(string Key, string Value)> Settings(TimeSpan? timeout = null) =>
    [
        ("Media:Deliverability:DnsServers:0", Endpoint),
        ("Media:Deliverability:DnsTimeout", (timeout ?? TimeSpan.FromSeconds(2)).ToString("c", System.Globalization.CultureInfo.InvariantCulture)),
    ];

    /// <summary>Adds a TXT record at <paramref name="name"/>, split into strings of at most 255 bytes.</summary>
    public void Publish(string name, string value) => PublishStrings(name, Split(value));

    /// <summary>Adds a TXT record made of exactly these strings.</summary>
    public void PublishStrings(string name, params string[] strings) =>
        _records.AddOrUpdate(name.TrimEnd('.'), _ => [strings], (_, list) => { lock (list) { list.Add(strings); } return list; });

    public void Clear(string name) => _records.TryRemove(name.TrimEnd('.'), out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private static string[] Split(string value) => value.Chunk(255).Select(c => new string(c)).ToArray();

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult received;
            try
            {
                received = await _socket.ReceiveAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            if (Answer(received.Buffer) is { } answer && !Silent)
            {
                await _socket.SendAsync(answer, received.RemoteEndPoint, _stop.Token);
            }
        }
    }

    /// <summary>The response to one query (RFC 1035 §4.1), or null when the packet is not a query we can read.</summary>
    private byte[]? Answer(byte[] query)
    {
        if (query.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(query.AsSpan(4)) != 1)
        {
            return null;
        }

        // The question: labels up to the root's empty label, then type and class.
        var labels = new List<string>();
        var at = 12;
        while (at < query.Length && query[at] != 0)
        {
            var length = query[at];
            if (length > 63 || at + 1 + length > query.Length)
            {
                return null;
            }

            labels.Add(Encoding.ASCII.GetString(query, at + 1, length));
            at += 1 + length;
        }

        if (at + 5 > query.Length)
        {
            return null;
        }

        var questionEnd = at + 5;
        var type = BinaryPrimitives.ReadUInt16BigEndian(query.AsSpan(at + 1));
        var name = string.Join('.', labels);
        _queries.Enqueue(name);
        var known = _records.TryGetValue(name, out var records);
        List<string[]> answers;
        if (!known || type != TxtType)
        {
            answers = [];
        }
        else
        {
            lock (records!)
            {
                answers = [.. records];
            }
        }

        using var response = new MemoryStream();
        var header = new byte[12];
        query.AsSpan(0, 2).CopyTo(header);                                    // id
        var recursionDesired = query[2] & 0x01;
        header[2] = (byte)(0x80 | 0x04 | recursionDesired);                     // QR, AA, RD as asked
        header[3] = (byte)(0x80 | (Failing ? 2 : known ? 0 : 3));               // RA; SERVFAIL, NOERROR or NXDOMAIN
        if (Failing)
        {
            answers = [];
        }

        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), 1);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)answers.Count);
        response.Write(header);
        response.Write(query, 12, questionEnd - 12);
        foreach (var strings in answers)
        {
            var data = new MemoryStream();
            foreach (var text in strings)
            {
                var bytes = Encoding.UTF8.GetBytes(text);
                data.WriteByte((byte)bytes.Length);
                data.Write(bytes);
            }

            var fixedPart = new byte[12];
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart, 0xC00C);            // the name: a pointer to the question's
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(2), TxtType);
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(4), InClass);
            BinaryPrimitives.WriteUInt32BigEndian(fixedPart.AsSpan(6), 60);      // TTL
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart.AsSpan(10), (ushort)data.Length);
            response.Write(fixedPart);
            response.Write(data.ToArray());
        }

        return response.ToArray();
    }
}
