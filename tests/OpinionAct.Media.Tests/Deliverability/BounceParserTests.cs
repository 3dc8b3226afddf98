using OpinionAct.Media.Deliverability;

namespace OpinionAct.Media.Tests.Deliverability;

public sealed class BounceParserTests
{
    [Fact]
    public void Parse_should_report_a_hard_bounce_when_action_failed_with_a_5xx_status()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Dsn("bounces+abc@energies.example", "lea@example.org")));

        Assert.Equal(BounceMessageType.DeliveryStatus, report.Type);
        var recipient = Assert.Single(report.Recipients);
        Assert.Equal("lea@example.org", recipient.Address);
        Assert.Equal(BounceKind.Hard, recipient.Kind);
        Assert.Contains("550 5.1.1", recipient.Detail, StringComparison.Ordinal);
        Assert.Contains("bounces+abc@energies.example", report.ReturnAddresses);
    }

    [Fact]
    public void Parse_should_report_a_soft_bounce_when_action_failed_with_a_4xx_status()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Dsn("bounces@energies.example", "lea@example.org", status: "4.2.2", diagnostic: "smtp; 452 4.2.2 Mailbox full")));

        Assert.Equal(BounceKind.Soft, Assert.Single(report.Recipients).Kind);
    }

    [Theory]
    [InlineData("delayed")]
    [InlineData("delivered")]
    [InlineData("relayed")]
    [InlineData("expanded")]
    public void Parse_should_leave_nothing_to_act_on_when_the_action_is_not_failed(string action)
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Dsn("bounces@energies.example", "lea@example.org", action: action, status: "4.4.7")));

        Assert.Equal(BounceMessageType.DeliveryStatus, report.Type);
        Assert.Null(Assert.Single(report.Recipients).Kind);
    }

    [Fact]
    public void Parse_should_read_the_issue_and_subscriber_when_the_original_message_id_names_them()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Dsn("bounces@energies.example", "lea@example.org", originalMessageId: "issue-12.345.k3y@energies.example")));

        Assert.Equal(12, report.IssueHint);
        Assert.Equal(345, report.SubscriberHint);
    }

    [Fact]
    public void Parse_should_report_a_complaint_when_the_feedback_type_is_abuse()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Arf("bounces+tok@energies.example", "lea@example.org")));

        Assert.Equal(BounceMessageType.Feedback, report.Type);
        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(BounceKind.Complaint, recipient.Kind);
        Assert.Equal("lea@example.org", recipient.Address);
        Assert.Contains("bounces+tok@energies.example", report.ReturnAddresses);
    }

    [Fact]
    public void Parse_should_take_the_recipient_from_the_enclosed_message_when_original_rcpt_to_is_missing()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Arf("bounces@energies.example", "lea@example.org", withRcptTo: false)));

        Assert.Equal("lea@example.org", Assert.Single(report.Recipients).Address);
    }

    [Fact]
    public void Parse_should_leave_nothing_to_act_on_when_the_feedback_is_not_a_complaint()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.Arf("bounces@energies.example", "lea@example.org", feedbackType: "not-spam")));

        Assert.Null(Assert.Single(report.Recipients).Kind);
    }

    [Fact]
    public void Parse_should_call_the_report_malformed_when_an_arf_has_no_feedback_part()
    {
        var report = BounceParser.Parse(BounceSamples.Parse(BounceSamples.MalformedArf()));

        Assert.Equal(BounceMessageType.Malformed, report.Type);
        Assert.NotNull(report.Problem);
    }

    [Fact]
    public void Parse_should_call_the_report_malformed_when_a_dsn_names_no_recipient()
    {
        var raw = BounceSamples.Dsn("bounces@energies.example", "lea@example.org").Replace("Action: failed\r\n", string.Empty, StringComparison.Ordinal);

        Assert.Equal(BounceMessageType.Malformed, BounceParser.Parse(BounceSamples.Parse(raw)).Type);
    }

    [Fact]
    public void Parse_should_ignore_mail_when_it_is_not_a_report()
    {
        Assert.Equal(BounceMessageType.NotAReport, BounceParser.Parse(BounceSamples.Parse(BounceSamples.AutoReply("bounces@energies.example"))).Type);
    }
}
