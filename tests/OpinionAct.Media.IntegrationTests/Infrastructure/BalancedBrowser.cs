namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// One reader's browser behind a load balancer: it keeps its cookies itself, so each request can land on any node
/// (each <see cref="MediaHost"/> has its own client, which would otherwise keep cookies of its own).
/// </summary>
public sealed class BalancedBrowser
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public async Task<HttpResponseMessage> SendAsync(MediaHost node, HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form = null)
    {
        using var client = node.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        var response = await client.SendAsync(request);
        foreach (var cookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = cookie.Split(';')[0];
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            _cookies[pair[..equals]] = pair[(equals + 1)..];
        }

        return response;
    }

    public bool Has(string cookie) => _cookies.TryGetValue(cookie, out var value) && value.Length > 0;
}
