using System.Net;
using Microsoft.AspNetCore.DataProtection;
using OpinionAct.Media.IntegrationTests.Admin;
using OpinionAct.Media.IntegrationTests.Infrastructure;

namespace OpinionAct.Media.IntegrationTests.Security;

/// <summary>The data protection key ring is encrypted on disk, and a restarted node still reads what it signed before.</summary>
public sealed class KeyRingTests : IAsyncLifetime
{
    private TestStorage _storage = null!;

    public async Task InitializeAsync() => _storage = await TestStorage.CreateAsync();

    public Task DisposeAsync() => _storage.DisposeAsync().AsTask();

    [Fact]
    public async Task Key_ring_should_hold_no_plaintext_master_key_when_written_to_disk()
    {
        await using (var host = new MediaHost(_storage))
        {
            host.Get<IDataProtectionProvider>().CreateProtector("test").Protect("secret");
        }

        var files = Directory.GetFiles(Path.Combine(_storage.DataPath, "keys"), "*.xml");
        var keyFile = Path.Combine(_storage.DataPath, "keyring-master.key");

        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            var xml = File.ReadAllText(file);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("encryptedKeyFileSecret", xml, StringComparison.Ordinal);
        });
        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
    }

    [Fact]
    public async Task Restarted_node_should_read_cookies_and_tokens_made_before_the_restart()
    {
        string payload;
        string cookie;
        await using (var host = new MediaHost(_storage))
        {
            payload = host.Get<IDataProtectionProvider>().CreateProtector("test").Protect("secret");
            var client = host.Client();
            var token = AdminClient.Token(await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative)));
            var signIn = await client.PostAsync(new Uri("/admin/login", UriKind.Relative), new FormUrlEncodedContent(
                [new("email", "staff@agency.test"), new("password", TestStorage.AgencyPassword), token]));
            Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
            cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".media.agency=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var restarted = new MediaHost(_storage);
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/admin", UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        var console = await restarted.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false }).SendAsync(request);

        Assert.Equal("secret", restarted.Get<IDataProtectionProvider>().CreateProtector("test").Unprotect(payload));
        Assert.Equal(HttpStatusCode.OK, console.StatusCode);
    }
}
