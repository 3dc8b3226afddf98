using OpinionAct.Media.Web.Cli;
using OpinionAct.Media.Web.Hosting;

// `dotnet run --project src/OpinionAct.Media.Web -- tenants list` (or the built dll with the same
// verbs) runs a management command instead of the web host.
if (MediaCli.Handles(args))
{
    return await MediaCli.RunAsync(args, Console.Out, Console.Error, Console.In);
}

var builder = WebApplication.CreateBuilder(args);
builder.Logging.AddMediaConsoleFormat(builder.Configuration);
builder.Services.AddMediaPlatform(builder.Environment.ContentRootPath, builder.Configuration).AddMediaWeb();
builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(20));

var app = builder.Build();
app.UseMediaPipeline();
await app.RunAsync();
return 0;

/// <summary>The web host's entry point; public so integration tests can start it.</summary>
public partial class Program;
