using System.Net;
using OpinionAct.Media.IntegrationTests.Security;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>
/// Agency staff's browsers for the console's tests. They ask for English (<c>Accept-Language</c>), as a browser set to
/// English does, so the console answers in English; <c>ConsoleLanguageTests</c> covers French.
/// </summary>
internal static class ConsoleSignIn
{
    /// <summary>A browser that is not signed in yet.</summary>
    public static HttpClient Browser(MediaHost host)
    {
        var client = host.Client();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB,en;q=0.9");
        return client;
    }

    /// <summary>A browser signed in as the test storage's staff account.</summary>
    public static async Task<HttpClient> ClientAsync(MediaHost host)
    {
        var client = Browser(host);
        var response = await BrowserForm.PostAsync(client, "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
