namespace OpinionAct.Media.Newsletters;

/// <summary>
/// Both bodies of a message already in their wire form: UTF-8, quoted-printable (7-bit, lines of at most 76 characters,
/// CRLF line ends). A bulk sender encodes most of an issue once per pass and, per recipient, only the lines that hold
/// their own links; the transport sends these bytes as they are.
/// </summary>
public sealed record EncodedBodies(byte[] Html, byte[] Text);
