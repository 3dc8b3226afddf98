namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>A test against a real IMAP server (Dovecot, started by .ci/run): skipped, saying why, when MEDIA_TEST_IMAP is not set.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ImapFactAttribute : FactAttribute
{
    public ImapFactAttribute()
    {
        if (TestImapServer.Endpoint is null)
        {
            Skip = $"No IMAP server: set {TestImapServer.Variable}=127.0.0.1:PORT (tests/scripts/dovecot.sh start DIR PORT starts one; .ci/run does).";
        }
    }
}
