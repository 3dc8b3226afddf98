using System.Net;
using System.Text.RegularExpressions;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>A browser-like client of one tenant's editor admin: it keeps cookies and posts forms with their antiforgery token.</summary>
public sealed partial class AdminClient(HttpClient http, string prefix)
{
    public const string Password = "correct horse battery staple";

    public HttpClient Http { get; } = http;

    public string Prefix { get; } = prefix;

    /// <summary>Adds an account with the CLI, as an agency would.</summary>
    public static async Task AddUserAsync(TestStorage storage, string tenant, string email, string role)
    {
        var result = await CliRunner.RunWithInputAsync(storage, Password + "\n", "users", "add", "--tenant", tenant, "--email", email, "--role", role);
        Assert.True(result.ExitCode == 0, result.ToString());
    }

    public static async Task<AdminClient> SignInAsync(HttpClient http, string prefix, string email, string password = Password)
    {
        var client = new AdminClient(http, prefix);
        var response = await client.PostFormAsync("/login", "/login", [new("email", email), new("password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"sign-in as {email}: {response.StatusCode}");
        return client;
    }

    public Uri Url(string adminPath) => new($"/{Prefix}/admin{adminPath}", UriKind.Relative);

    public Task<HttpResponseMessage> GetAsync(string adminPath) => Http.GetAsync(Url(adminPath));

    public async Task<string> PageAsync(string adminPath)
    {
        var response = await GetAsync(adminPath);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {adminPath}: {response.StatusCode}\n{html}");
        AssertNoMissingText(html);
        return html;
    }

    /// <summary>Loads the page holding the form, takes its antiforgery token, and posts like a browser.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var html = await Http.GetStringAsync(Url(formPage));
        return await PostWithTokenAsync(Token(html), action, fields);
    }

    public Task<HttpResponseMessage> PostWithTokenAsync(KeyValuePair<string, string> token, string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        Http.PostAsync(Url(action), new FormUrlEncodedContent(fields.Append(token)));

    /// <summary>Creates an article through the form; returns its id.</summary>
    public async Task<int> CreateArticleAsync(string title, string body = "Un paragraphe.", string action = "save", IEnumerable<KeyValuePair<string, string>>? extra = null)
    {
        var response = await PostFormAsync("/articles/new", "/articles/new", [new("Title", title), new("Body", body), new("Language", "fr"), new("action", action), .. extra ?? []]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"create '{title}': {response.StatusCode}\n{await response.Content.ReadAsStringAsync()}");
        return ArticleId(response);
    }

    public static int ArticleId(HttpResponseMessage response) =>
        int.Parse(ArticleIdPattern().Match(response.Headers.Location!.ToString()).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    public static KeyValuePair<string, string> Token(string html)
    {
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, "the page carries an antiforgery token");
        return new(token.Groups["name"].Value, WebUtility.HtmlDecode(token.Groups["value"].Value));
    }

    public static void AssertNoMissingText(string html) => Assert.DoesNotContain("[[", html, StringComparison.Ordinal);

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\" ?/?>")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"/admin/articles/(\d+)")]
    private static partial Regex ArticleIdPattern();
}
