namespace OpinionAct.Media.IntegrationTests.Infrastructure;

/// <summary>A test that drives a real browser: skipped, saying why, on a machine without Debian's chromium (CI installs it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!BrowserSession.Available)
        {
            Skip = $"No browser: {BrowserSession.ChromiumPath} is absent (apt-get install chromium).";
        }
    }
}
