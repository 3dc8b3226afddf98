using System.Net;
using System.Net.Sockets;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class ConfirmationRetryTests
{
    [Fact]
    public async Task Confirmation_email_should_be_retried_when_the_smtp_server_is_down_at_first_and_the_answer_should_not_change()
    {
        var port = FreePort();
        await using var h = await SubscriptionHost.StartAsync(overrides: new Dictionary<string, string?>
        {
            ["Media:Smtp:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Media:Smtp:TimeoutSeconds"] = "2",
            ["Media:Subscriptions:ConfirmationRetryDelays:0"] = "00:00:01",
            ["Media:Subscriptions:ConfirmationRetryDelays:1"] = "00:00:02",
            ["Media:Subscriptions:ConfirmationRetryDelays:2"] = "00:00:02",
        });

        var response = await SubscriptionHost.SubscribeAsync(h.Host.Client(), "patient@reader.example", "hebdo");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        // The first attempt finds nothing listening (connection refused: transient); the server comes up before a retry.
        await Task.Delay(300);
        using var late = netDumbster.smtp.SimpleSmtpServer.Start(port);
        await Eventually.TrueAsync(() => Task.FromResult(late.ReceivedEmailCount == 1), TimeSpan.FromSeconds(8), "the retried confirmation (1 s after the first failure, not the 10 s default)");
        Assert.Contains("patient@reader.example", late.ReceivedEmail[0].ToAddresses[0].Address, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
