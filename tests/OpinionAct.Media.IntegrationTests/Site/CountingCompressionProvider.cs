using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>The node's own compression provider, counting the compressing streams it hands the middleware.</summary>
internal sealed class CountingCompressionProvider(IResponseCompressionProvider inner) : IResponseCompressionProvider
{
    private int _streams;

    public int Streams => Volatile.Read(ref _streams);

    public ICompressionProvider? GetCompressionProvider(HttpContext context) =>
        inner.GetCompressionProvider(context) is { } provider ? new Counted(provider, this) : null;

    public bool ShouldCompressResponse(HttpContext context) => inner.ShouldCompressResponse(context);

    public bool CheckRequestAcceptsCompression(HttpContext context) => inner.CheckRequestAcceptsCompression(context);

    private sealed class Counted(ICompressionProvider inner, CountingCompressionProvider owner) : ICompressionProvider
    {
        public string EncodingName => inner.EncodingName;

        public bool SupportsFlush => inner.SupportsFlush;

        public Stream CreateStream(Stream outputStream)
        {
            Interlocked.Increment(ref owner._streams);
            return inner.CreateStream(outputStream);
        }
    }
}
