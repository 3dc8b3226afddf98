using System.Net;
using System.Text.RegularExpressions;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>Posts a form as a browser would: loads the page that holds it and sends its antiforgery token back.</summary>
internal static partial class BrowserForm
{
    public static async Task<KeyValuePair<string, string>> TokenAsync(HttpClient client, string formPage)
    {
        var html = await client.GetStringAsync(new Uri(formPage, UriKind.Relative));
        var token = TokenPattern().Match(html);
        Assert.True(token.Success, $"{formPage} carries an antiforgery token");
        return new(token.Groups["name"].Value, WebUtility.HtmlDecode(token.Groups["value"].Value));
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields, string? forwardedFor = null)
    {
        var token = await TokenAsync(client, formPage);
        fields[token.Key] = token.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(action, UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await client.SendAsync(request);
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>__RequestVerificationToken)\" value=\"(?<value>[^\"]+)\" ?/?>")]
    private static partial Regex TokenPattern();
}
