namespace OpinionAct.Media.Web.Hosting;

/// <summary>Reads a request body up to a limit, whether or not the client declared its length; more is refused, never buffered.</summary>
public static class BoundedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="limit"/> bytes (answer 413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        if (request.ContentLength is { } length)
        {
            if (length > limit)
            {
                return null;
            }

            // The usual case (sendBeacon and fetch send a length): one exact buffer.
            var body = new byte[length];
            await request.Body.ReadExactlyAsync(body, ct);
            return body;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[Math.Min(8192, limit + 1)];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
