namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The logger factory's scopes (the request's trace id, its path...) with the node's own scope before them. Scopes
/// pushed by code go to the factory's provider as before; only the reading adds one.
/// </summary>
internal sealed class NodeScopeProvider(NodeLogScope node, IExternalScopeProvider inner) : IExternalScopeProvider
{
    public void ForEachScope<TState>(Action<object?, TState> callback, TState state)
    {
        callback(node, state);
        inner.ForEachScope(callback, state);
    }

    public IDisposable Push(object? state) => inner.Push(state);
}
