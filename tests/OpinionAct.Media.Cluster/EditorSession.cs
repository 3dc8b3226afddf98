using System.Net;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.Cluster;

/// <summary>
/// An editor in a browser: one cookie jar, forms posted with their antiforgery token. Cookies are kept per host, not
/// per port, so the same jar signs the editor in on every node as well as on the load balancer.
/// </summary>
public sealed partial class EditorSession(string tenantPrefix) : IDisposable
{
    public const string Email = "editor@cluster.test";
    public const string Password = "cluster test password 17";

    private readonly CookieContainer _cookies = new();
    private readonly Dictionary<Uri, HttpClient> _clients = [];

    /// <summary>The admin of the tenant through <paramref name="origin"/> (the load balancer or one node).</summary>
    public HttpClient Through(Uri origin)
    {
        lock (_clients)
        {
            if (!_clients.TryGetValue(origin, out var client))
            {
                client = new HttpClient(new HttpClientHandler { CookieContainer = _cookies, AllowAutoRedirect = false }) { BaseAddress = origin, Timeout = TimeSpan.FromSeconds(30) };
                _clients[origin] = client;
            }

            return client;
        }
    }

    public string Admin(string path) => $"/{tenantPrefix}/admin{path}";

    public async Task SignInAsync(Uri origin)
    {
        var response = await PostFormAsync(origin, "/login", [new("email", Email), new("password", Password)]);
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.ToString().Contains("/login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"sign-in through {origin} answered {(int)response.StatusCode} {response.Headers.Location}");
        }
    }

    /// <summary>Writes and publishes an article through the admin form; returns the response to the publish.</summary>
    public Task<HttpResponseMessage> PublishArticleAsync(Uri origin, string title, string body) =>
        PostFormAsync(origin, "/articles/new", [new("Title", title), new("Body", body), new("Language", "fr"), new("action", "publish")]);

    /// <summary>Writes an issue of the tenant's first newsletter and sends it now; returns the issue id.</summary>
    public async Task<int> SendIssueAsync(Uri origin, string subject)
    {
        var form = await Through(origin).GetStringAsync(Admin("/issues/new"));
        var newsletter = NewsletterOption().Match(form).Groups[1].Value;
        var fields = new List<KeyValuePair<string, string>>
        {
            new("IssueNewsletter", newsletter), new("Subject", subject), new("Preheader", "Cluster test"),
            new("Markdown", "## Édito\n\nUne lettre envoyée par trois nœuds."),
        };
        var created = await PostWithTokenAsync(origin, form, "/issues/new", [.. fields, new("action", "save")]);
        var location = created.Headers.Location?.ToString() ?? throw new InvalidOperationException($"saving the issue answered {(int)created.StatusCode}");
        var id = int.Parse(IssueId().Match(location).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var sent = await PostFormAsync(origin, $"/issues/{id}", [.. fields, new("action", "send")]);
        if (sent.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"sending issue {id} answered {(int)sent.StatusCode}: {await sent.Content.ReadAsStringAsync()}");
        }

        return id;
    }

    public async Task<HttpResponseMessage> PostFormAsync(Uri origin, string adminPath, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Through(origin).GetStringAsync(Admin(adminPath));
        return await PostWithTokenAsync(origin, page, adminPath, fields);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }

    private async Task<HttpResponseMessage> PostWithTokenAsync(Uri origin, string page, string adminPath, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = Token().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"no antiforgery token on {adminPath} through {origin}");
        }

        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))));
        return await Through(origin).PostAsync(Admin(adminPath), content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"IssueNewsletter\"[\\s\\S]*?<option[^>]*value=\"(\\d+)\"")]
    private static partial Regex NewsletterOption();

    [GeneratedRegex(@"/admin/issues/(\d+)")]
    private static partial Regex IssueId();
}
