using System.Globalization;
using System.Text;
using MimeKit;

namespace OpinionAct.Media.Tests.Deliverability;

/// <summary>
/// Bounce mailbox messages as MTAs and feedback loops write them (RFC 3464 DSNs, RFC 5965 ARF reports, an
/// auto-reply), as raw RFC 5322 text. Shared with the integration tests, which APPEND them to a real IMAP server.
/// </summary>
public static class BounceSamples
{
    /// <summary>A DSN from a remote MTA, delivered to <paramref name="deliveredTo"/> (a VERP address or the plain return path).</summary>
    public static string Dsn(string deliveredTo, string finalRecipient, string action = "failed", string status = "5.1.1",
        string diagnostic = "smtp; 550 5.1.1 <user> User unknown", string? originalMessageId = null, int serial = 0) =>
        Crlf($"""
        Return-Path: <>
        Delivered-To: {deliveredTo}
        From: Mail Delivery System <MAILER-DAEMON@mx.remote.example>
        To: {deliveredTo}
        Subject: Undelivered Mail Returned to Sender
        Date: Sun, 06 Dec 2026 03:00:00 +0000
        Message-ID: <dsn-{serial.ToString(CultureInfo.InvariantCulture)}@mx.remote.example>
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=delivery-status; boundary="dsn-boundary"

        --dsn-boundary
        Content-Type: text/plain; charset=us-ascii

        This is the mail system at host mx.remote.example.
        I'm sorry to have to inform you that your message could not be delivered.

        --dsn-boundary
        Content-Type: message/delivery-status

        Reporting-MTA: dns; mx.remote.example
        Arrival-Date: Sun, 06 Dec 2026 02:59:58 +0000

        Final-Recipient: rfc822; {finalRecipient}
        Original-Recipient: rfc822;{finalRecipient}
        Action: {action}
        Status: {status}
        Diagnostic-Code: {diagnostic}

        --dsn-boundary
        Content-Type: text/rfc822-headers

        Return-Path: <{deliveredTo}>
        From: La lettre <lettre@energies.example>
        To: {finalRecipient}
        Subject: La lettre hebdo
        Message-ID: <{originalMessageId ?? "other-" + serial.ToString(CultureInfo.InvariantCulture) + "@energies.example"}>

        --dsn-boundary--
        """);

    /// <summary>An ARF complaint from a mailbox provider's feedback loop about a message that went to <paramref name="recipient"/>.</summary>
    public static string Arf(string returnPath, string recipient, string feedbackType = "abuse", string? originalMessageId = null, bool withRcptTo = true) =>
        Crlf($"""
        From: Feedback Loop <fbl@isp.example>
        To: abuse@energies.example
        Subject: FW: La lettre hebdo
        Date: Sun, 06 Dec 2026 03:00:00 +0000
        Message-ID: <arf-1@isp.example>
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=feedback-report; boundary="arf-boundary"

        --arf-boundary
        Content-Type: text/plain; charset=us-ascii

        This is an email abuse report for an email message received from IP 192.0.2.1.

        --arf-boundary
        Content-Type: message/feedback-report

        Feedback-Type: {feedbackType}
        User-Agent: ISP-FBL/1.0
        Version: 1
        {(withRcptTo ? "Original-Rcpt-To: " + recipient : "Source-IP: 192.0.2.1")}
        Arrival-Date: Sun, 06 Dec 2026 02:00:00 +0000

        --arf-boundary
        Content-Type: message/rfc822

        Return-Path: <{returnPath}>
        From: La lettre <lettre@energies.example>
        To: {recipient}
        Subject: La lettre hebdo
        Message-ID: <{originalMessageId ?? "other@energies.example"}>

        Bonjour.

        --arf-boundary--
        """);

    /// <summary>Claims to be a complaint report but has no feedback-report part.</summary>
    public static string MalformedArf() =>
        Crlf("""
        From: Feedback Loop <fbl@isp.example>
        To: abuse@energies.example
        Subject: Complaint
        MIME-Version: 1.0
        Content-Type: multipart/report; report-type=feedback-report; boundary="bad"

        --bad
        Content-Type: text/plain

        Something about a complaint, but nothing machine-readable.

        --bad--
        """);

    /// <summary>An out-of-office reply: not a report.</summary>
    public static string AutoReply(string to) =>
        Crlf($"""
        From: Léa <lea@example.org>
        To: {to}
        Subject: Absence du bureau
        Auto-Submitted: auto-replied
        MIME-Version: 1.0
        Content-Type: text/plain; charset=utf-8

        Je suis absente jusqu'au 15.
        """);

    public static MimeMessage Parse(string raw) => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(raw)));

    // Raw strings keep the source's line ends; mail wants CRLF.
    private static string Crlf(string text) => text.ReplaceLineEndings("\r\n") + "\r\n";
}
