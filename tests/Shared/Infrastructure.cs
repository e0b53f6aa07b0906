namespace Pacts.Tests;

/// <summary>
/// What a test needs from the machine. Missing infrastructure skips the test on a developer machine and fails it
/// under CI=true, so CI can never pass by skipping.
/// </summary>
public static class Infrastructure
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void RequireChromium()
    {
        if (File.Exists(ChromiumPath))
        {
            return;
        }

        const string message = $"Chromium is not installed at {ChromiumPath} (apt-get install chromium).";
        if (IsCi)
        {
            Assert.Fail(message);
        }

        Assert.Skip(message);
    }
}
