using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OpinionAct.Media.Hosting;
using OpinionAct.Media.IntegrationTests.Infrastructure;
using OpinionAct.Media.Web.Hosting;
using OpinionAct.Media.Web.Search;

namespace OpinionAct.Media.IntegrationTests.ScaleOut;

/// <summary>/health/ready: the database, Redis on a cluster member, and the tenants whose indexes are still being built.</summary>
public sealed class ReadinessTests
{
    [Fact]
    public async Task Ready_should_answer_json_with_each_check_and_the_node_name_when_a_lone_node_is_up()
    {
        await using var storage = await TestStorage.CreateAsync();
        await using var host = new MediaHost(storage, new Dictionary<string, string?> { ["Media:NodeName"] = "lone-1" });
        var client = host.Client();

        HttpResponseMessage response = null!;
        await Eventually.TrueAsync(async () =>
        {
            response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(20), "the node reports ready");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        Assert.Equal("lone-1", body.GetProperty("node").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("search").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Search_check_should_be_unhealthy_and_name_the_tenants_when_their_indexes_are_still_being_built()
    {
        var state = new SearchCatchUp();
        state.Building(["energies", "climat"]);
        var check = new SearchCatchUpHealthCheck(state);

        var building = await check.CheckHealthAsync(new HealthCheckContext());
        var report = new HealthReport(new Dictionary<string, HealthReportEntry> { ["search"] = new(building.Status, building.Description, TimeSpan.Zero, null, building.Data) }, TimeSpan.Zero);
        var context = new DefaultHttpContext
        {
            RequestServices = new ServiceCollection().AddSingleton(Options.Create(new MediaOptions { NodeName = "web-2" })).BuildServiceProvider(),
        };
        context.Response.Body = new MemoryStream();
        await ReadinessResponse.WriteAsync(context, report);
        var body = JsonDocument.Parse(((MemoryStream)context.Response.Body).ToArray()).RootElement;

        Assert.Equal(HealthStatus.Unhealthy, building.Status);
        Assert.Equal(["climat", "energies"], body.GetProperty("catchingUp").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal("web-2", body.GetProperty("node").GetString());

        state.Built("climat");
        state.Built("energies");
        state.StartPassDone();
        Assert.Equal(HealthStatus.Healthy, (await check.CheckHealthAsync(new HealthCheckContext())).Status);
    }

    [PostgresFact]
    public async Task Ready_should_be_degraded_with_200_when_a_cluster_members_Redis_is_unreachable()
    {
        await using var storage = await TestStorage.CreateAsync("Postgres");
        await using var node = ClusterNode.Start(storage, ClusterSettingsForTest.WithoutRedis(), storage.DataPath);
        var client = node.Client();

        HttpResponseMessage response = null!;
        await Eventually.TrueAsync(async () =>
        {
            response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }, TimeSpan.FromSeconds(20), "the node reports ready without Redis");
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var redis = body.GetProperty("checks").GetProperty("redis");

        Assert.Equal("Degraded", body.GetProperty("status").GetString());
        Assert.Equal("Degraded", redis.GetProperty("status").GetString());
        Assert.Contains("serves on its own", redis.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [RedisFact]
    public async Task Ready_should_report_Redis_healthy_when_a_cluster_member_reaches_it()
    {
        await using var storage = await TestStorage.CreateAsync("Postgres");
        await using var node = ClusterNode.Start(storage, ClusterSettingsForTest.WithRedis(), storage.DataPath);
        var client = node.Client();

        await Eventually.TrueAsync(async () =>
        {
            var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            return response.StatusCode == HttpStatusCode.OK && body.GetProperty("status").GetString() == "Healthy"
                && body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString() == "Healthy";
        }, TimeSpan.FromSeconds(20), "the node reports Redis healthy");
    }
}
