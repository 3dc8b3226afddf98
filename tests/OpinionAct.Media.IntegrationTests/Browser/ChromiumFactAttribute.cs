namespace OpinionAct.Media.IntegrationTests.Browser;

/// <summary>A test that drives the system's Chromium: skipped, saying why, on a machine without it (CI installs it).</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"Chromium is not installed at {ChromiumPath}; browser tests need it (apt-get install chromium).";
        }
    }
}
