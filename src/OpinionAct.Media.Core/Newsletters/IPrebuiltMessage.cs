namespace OpinionAct.Media.Newsletters;

/// <summary>
/// A message already laid out for the wire but for its date: headers and bodies, CRLF line ends, 7-bit, not
/// dot-stuffed. An issue's messages are (see <c>IssueWireTemplate</c>): the transport copies them out instead of
/// building and serialising a MIME tree per recipient, unless it must sign them.
/// </summary>
public interface IPrebuiltMessage
{
    /// <summary>Writes the whole message, dated <paramref name="sentAt"/>.</summary>
    void WriteTo(Stream output, DateTimeOffset sentAt);
}
