using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Analytics;
using OpinionAct.Media.Web.Hosting;

namespace OpinionAct.Media.IntegrationTests.Site;

/// <summary>gzip and Brotli for what readers download; never for staff pages or per-reader subscription pages (BREACH).</summary>
public sealed class CompressionTests : IAsyncLifetime
{
    private TestStorage _storage = null!;
    private MediaHost _host = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        var tenant = await _host.CreateTenantAsync(prefix: "cz");
        await new ContentSeed(_host, tenant).ArticleAsync(ContentSeed.Draft("Isoler les combles"));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Theory]
    [InlineData("/cz/", "br")]
    [InlineData("/cz/", "gzip")]
    [InlineData("/cz/isoler-les-combles", "br")]
    [InlineData("/cz/feed.xml", "br")]
    [InlineData("/cz/feed.xml", "gzip")]
    [InlineData("/cz/atom.xml", "gzip")]
    [InlineData("/cz/t.js", "br")]
    [InlineData("/cz/t.js", "gzip")]
    public async Task Public_response_should_be_compressed_with_vary_when_the_reader_accepts_the_encoding(string path, string encoding)
    {
        var response = await GetAsync(_host.Client(), path, encoding);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.NotEmpty(await DecompressAsync(response, encoding));
    }

    [Fact]
    public async Task Tracker_should_decompress_to_the_original_script_when_sent_with_brotli()
    {
        var response = await GetAsync(_host.Client(), "/cz/t.js", "br");

        Assert.Equal(TrackerScript.Text, await DecompressAsync(response, "br"));
    }

    [Fact]
    public async Task Cached_page_should_stay_cached_and_be_compressed_when_served_from_the_output_cache()
    {
        var client = _host.Client();
        var first = await GetAsync(client, "/cz/", "gzip");

        // The seed's publish reaches this node's tenant table within a refresh interval and evicts the page once,
        // possibly between two requests on a loaded machine; the page is then cached again by the next request.
        HttpResponseMessage second = null!;
        await Eventually.TrueAsync(async () => (second = await GetAsync(client, "/cz/", "br")).Headers.Age.HasValue, TimeSpan.FromSeconds(10), "an output-cache hit");
        Assert.Equal(["br"], second.Content.Headers.ContentEncoding);
        Assert.Equal(await DecompressAsync(first, "gzip"), await DecompressAsync(second, "br"));
    }

    [Fact]
    public async Task Cached_page_should_be_compressed_once_per_encoding_when_readers_hit_it_again()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, testServices: services => services.AddSingleton<IResponseCompressionProvider>(
            sp => new CountingCompressionProvider(ActivatorUtilities.CreateInstance<SurfaceCompressionProvider>(sp))));
        var tenant = await host.CreateTenantAsync(prefix: "once");
        await new ContentSeed(host, tenant).ArticleAsync(ContentSeed.Draft("Isoler les combles"));
        var counter = (CountingCompressionProvider)host.Get<IResponseCompressionProvider>();
        var client = host.Client();

        foreach (var (accept, encoding) in new[] { ("br", "br"), ("gzip, deflate, br", "br"), ("gzip", "gzip"), ("br;q=1, gzip;q=0.5", "br"), ("gzip", "gzip"), ("br", "br") })
        {
            var before = counter.Streams;
            var response = await GetAsync(client, "/once/isoler-les-combles", accept);

            // A hit sends the stored bytes; a miss (the first request per encoding, or one after the seed's publish
            // evicted the hub) builds the page and compresses it once.
            Assert.Equal(response.Headers.Age.HasValue ? before : before + 1, counter.Streams);
            Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
            Assert.Contains("Isoler les combles", await DecompressAsync(response, encoding), StringComparison.Ordinal);
        }

        // Two encodings, so two compressions, plus at most two more if the seed's publish evicted the hub midway.
        Assert.InRange(counter.Streams, 2, 4);
    }

    [Fact]
    public async Task Page_should_be_sent_uncompressed_when_the_reader_accepts_no_encoding()
    {
        var response = await _host.Client().GetAsync(new Uri("/cz/", UriKind.Relative));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.StartsWith("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/cz/admin/login")]
    [InlineData("/admin/login")]
    [InlineData("/cz/subscribe")]
    public async Task Page_with_tokens_should_not_be_compressed_when_the_reader_accepts_compression(string path)
    {
        var response = await GetAsync(_host.Client(), path, "br, gzip");

        // A hub without newsletters answers /subscribe with its themed 404: an HTML page, compressible but for this rule.
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string encoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        return await client.SendAsync(request);
    }

    private static async Task<string> DecompressAsync(HttpResponseMessage response, string encoding)
    {
        await using var body = await response.Content.ReadAsStreamAsync();
        await using Stream decoder = encoding == "br"
            ? new BrotliStream(body, CompressionMode.Decompress)
            : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decoder, Encoding.UTF8);
        return await reader.ReadToEndAsync();
    }
}
