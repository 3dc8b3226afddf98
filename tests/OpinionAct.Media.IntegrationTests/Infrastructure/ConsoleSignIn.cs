using System.Net;
using OpinionAct.Media.IntegrationTests.Security;

namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>A client signed in to the agency console as the test storage's staff account.</summary>
internal static class ConsoleSignIn
{
    public static async Task<HttpClient> ClientAsync(MediaHost host)
    {
        var client = host.Client();
        var response = await BrowserForm.PostAsync(client, "/admin/login", "/admin/login", new() { ["email"] = "staff@agency.test", ["password"] = TestStorage.AgencyPassword });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
