using System.Collections;

namespace OpinionAct.Media.Web.Hosting;

/// <summary>
/// The outermost scope of every console log line: the node's name, so lines shipped from several nodes to one place
/// still say where they were written. A list of pairs, so the JSON formatter writes it as <c>{"NodeName": ...}</c>.
/// </summary>
internal sealed class NodeLogScope(string nodeName) : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?> _pair = new("NodeName", nodeName);

    public int Count => 1;

    public KeyValuePair<string, object?> this[int index] =>
        index == 0 ? _pair : throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return _pair;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => "Node:" + _pair.Value;
}
