using System.ComponentModel.DataAnnotations;

namespace Pacts.Agents;

/// <summary>The <c>Browser</c> section: which Chromium to drive and how.</summary>
public sealed class BrowserOptions
{
    public const string SectionName = "Browser";

    /// <summary>Debian's Chromium by default; Playwright cannot download its own browser on these machines.</summary>
    [Required]
    public string ExecutablePath { get; set; } = "/usr/bin/chromium";

    public bool Headless { get; set; } = true;

    public IList<string> Args { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];
}

/// <summary>The <c>Execution</c> section: timeouts and how elements are named.</summary>
public sealed class ExecutionOptions
{
    public const string SectionName = "Execution";

    /// <summary>How long a step may wait for its element or its check, in milliseconds.</summary>
    [Range(100, 600_000)]
    public int StepTimeoutMs { get; set; } = 5_000;

    [Range(100, 600_000)]
    public int NavigationTimeoutMs { get; set; } = 20_000;

    /// <summary>Scopes cached selectors so that staging and production never share one.</summary>
    [Required]
    public string Environment { get; set; } = "default";

    public IList<string> TestIdAttributes { get; } = ["data-testid", "data-test", "data-qa", "data-cy"];

    /// <summary>How many runs may execute at once in this process.</summary>
    [Range(1, 64)]
    public int MaxConcurrentRuns { get; set; } = 4;

    /// <summary>The most test cases one run may have open at once when its request asks for parallel test cases.</summary>
    [Range(1, 64)]
    public int MaxParallelCases { get; set; } = 8;
}
