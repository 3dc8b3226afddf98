using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Content;
using OpinionAct.Media.Web.Tenancy;

namespace OpinionAct.Media.IntegrationTests.Admin;

/// <summary>Scheduling from the admin, with a clock the test moves instead of waiting.</summary>
public sealed class AdminSchedulingTests : IAsyncLifetime
{
    private readonly AdjustableClock _clock = new();
    private TestStorage _storage = null!;
    private MediaHost _host = null!;
    private WebApplicationFactory<Program> _node = null!;

    public async Task InitializeAsync()
    {
        _storage = await TestStorage.CreateAsync();
        _host = new MediaHost(_storage);
        _node = _host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(_clock)));
        var created = await _node.Services.GetRequiredService<TenantProvisioner>().CreateAsync(new TenantCreateRequest { Name = "later", Prefix = "later" }, default);
        Assert.True(created.Succeeded, created.Report.Summary);
        await AdminClient.AddUserAsync(_storage, "later", "editor@later.test", "Editor");
    }

    public async Task DisposeAsync()
    {
        await _node.DisposeAsync();
        await _host.DisposeAsync();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Scheduled_article_should_wake_the_work_scheduler_at_its_time_and_not_before()
    {
        var editor = await AdminClient.SignInAsync(Client(), "later", "editor@later.test");
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var when = _clock.GetUtcNow().AddHours(1);
        var at = TimeZoneInfo.ConvertTime(when, paris).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        var scheduler = _node.Services.GetRequiredService<TenantWorkScheduler>();

        await editor.CreateArticleAsync("Article réveillé", action: "schedule", extra: [new("ScheduleAt", at)]);
        var due = _node.Services.GetRequiredService<TenantDueIndex>().DueAt("later", ScheduledPublisher.JobKind);
        await scheduler.RunDueAsync(default);
        var early = await Client().GetAsync(new Uri("/later/article-reveille", UriKind.Relative));
        _clock.Advance(TimeSpan.FromHours(2));
        await scheduler.RunDueAsync(default);

        Assert.NotNull(due);
        Assert.True(due <= when && due > when.AddMinutes(-1), $"due at {due}, scheduled for {when}");
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        await Eventually.TrueAsync(
            async () => (await Client().GetAsync(new Uri("/later/article-reveille", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10),
            "the article published by the scheduler");
    }

    [Fact]
    public async Task Scheduled_article_should_stay_hidden_until_the_scheduler_runs_after_its_time()
    {
        var editor = await AdminClient.SignInAsync(Client(), "later", "editor@later.test");
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var at = TimeZoneInfo.ConvertTime(_clock.GetUtcNow().AddHours(1), paris).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var id = await editor.CreateArticleAsync("Article programmé", action: "schedule", extra: [new("ScheduleAt", at)]);
        var form = await editor.PageAsync($"/articles/{id}");
        var early = await Client().GetAsync(new Uri("/later/article-programme", UriKind.Relative));
        await _node.Services.GetRequiredService<ScheduledPublisher>().PublishDueAsync(default);
        var stillEarly = await Client().GetAsync(new Uri("/later/article-programme", UriKind.Relative));
        // Once the clock has passed its time, the node's scheduler may publish it in the background before the test asks
        // it to: the test waits for the page rather than calling the publisher a second time.
        _clock.Advance(TimeSpan.FromHours(2));
        await _node.Services.GetRequiredService<TenantWorkScheduler>().RunDueAsync(default);

        Assert.Contains("status-Scheduled", form, StringComparison.Ordinal);
        Assert.Contains($"value=\"{at}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, stillEarly.StatusCode);
        await Eventually.TrueAsync(
            async () => (await Client().GetAsync(new Uri("/later/article-programme", UriKind.Relative))).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(10),
            "the article published once its time came");
    }

    [Fact]
    public async Task Schedule_should_be_refused_with_the_input_kept_when_the_time_is_past()
    {
        var editor = await AdminClient.SignInAsync(Client(), "later", "editor@later.test");
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var past = TimeZoneInfo.ConvertTime(_clock.GetUtcNow().AddHours(-1), paris).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

        var response = await editor.PostFormAsync("/articles/new", "/articles/new", [new("Title", "Trop tard"), new("Language", "fr"), new("ScheduleAt", past), new("action", "schedule")]);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("href=\"#ScheduleAt\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{past}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Trop tard\"", html, StringComparison.Ordinal);
    }

    private HttpClient Client() => _node.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost"), HandleCookies = true });
}
