using System.Buffers;
using System.Text;
using OpinionAct.Media.Web.Newsletters;

namespace OpinionAct.Media.IntegrationTests.Newsletters;

public sealed class SmtpWireTests
{
    [Theory]
    [InlineData("Hello\r\nWorld\r\n", "Hello\r\nWorld\r\n.\r\n")]
    [InlineData(".Top\r\nmiddle\r\n.\r\n", "..Top\r\nmiddle\r\n..\r\n.\r\n")]
    [InlineData("no end", "no end\r\n.\r\n")]
    [InlineData("a.b\r\n..c\r\n", "a.b\r\n...c\r\n.\r\n")]
    [InlineData("", ".\r\n")]
    public void Content_should_be_dot_stuffed_and_end_with_the_end_mark_when_written_for_DATA(string content, string expected)
    {
        var output = new ArrayBufferWriter<byte>();

        SmtpWire.DotStuffed(Encoding.ASCII.GetBytes(content), output);

        Assert.Equal(expected, Encoding.ASCII.GetString(output.WrittenSpan));
    }

    [Fact]
    public void Extensions_should_be_read_from_every_line_but_the_greeting_when_the_server_answers_EHLO()
    {
        var offered = SmtpWire.ParseExtensions("mx.example greets you\nPIPELINING\nSIZE 35882577\nauth login plain XOAUTH2\nSTARTTLS\n8BITMIME");

        Assert.Equal(SmtpExtensions.Pipelining | SmtpExtensions.StartTls | SmtpExtensions.AuthLogin | SmtpExtensions.AuthPlain, offered);
    }

    [Fact]
    public void Extensions_should_be_none_when_the_greeting_line_alone_names_them()
    {
        Assert.Equal(SmtpExtensions.None, SmtpWire.ParseExtensions("PIPELINING STARTTLS"));
        Assert.Equal(SmtpExtensions.AuthLogin, SmtpWire.ParseExtensions("old.example\nAUTH=LOGIN"));
    }
}
