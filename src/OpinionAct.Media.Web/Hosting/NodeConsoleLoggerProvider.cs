using Microsoft.Extensions.Logging.Console;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The console logger with the node's name in every line's scopes. It stands in for the console provider (same alias,
/// so <c>Logging:Console:LogLevel</c> rules still apply) and hands it a scope provider that reports the node first.
/// </summary>
[ProviderAlias("Console")]
internal sealed class NodeConsoleLoggerProvider(ConsoleLoggerProvider console, string nodeName) : ILoggerProvider, ISupportExternalScope
{
    private readonly NodeLogScope _node = new(nodeName);

    public ILogger CreateLogger(string categoryName) => console.CreateLogger(categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => console.SetScopeProvider(new NodeScopeProvider(_node, scopeProvider));

    // The container owns the console provider and disposes it.
    public void Dispose()
    {
    }
}
