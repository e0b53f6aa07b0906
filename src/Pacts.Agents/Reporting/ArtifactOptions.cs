using System.ComponentModel.DataAnnotations;

namespace Pacts.Agents.Reporting;

/// <summary>Which steps leave a screenshot behind.</summary>
public enum ScreenshotMode
{
    EveryStep,
    Failures,
    None,
}

/// <summary>The <c>Artifacts</c> section: where a run's files go and which of them are taken.</summary>
public sealed class ArtifactOptions
{
    public const string SectionName = "Artifacts";

    /// <summary>The folder holding one folder per run; empty means <c>{Storage:DataDirectory}/artifacts</c>.</summary>
    public string? Directory { get; set; }

    [EnumDataType(typeof(ScreenshotMode))]
    public ScreenshotMode Screenshots { get; set; } = ScreenshotMode.EveryStep;

    /// <summary>Record a Playwright trace (<c>trace.zip</c>) per test case.</summary>
    public bool Trace { get; set; } = true;

    /// <summary>
    /// The key that names secrets in the generated tests (<see cref="SecretNames"/>); empty means a random key kept in
    /// the data directory. Give the same key to every service whose generated tests should share environment variables.
    /// </summary>
    public string? SecretNamesKey { get; set; }
}
