using System.ComponentModel.DataAnnotations;

namespace Pacts.Storage;

/// <summary>
/// The <c>Storage</c> section: where the embedded store keeps its file when no server store is configured, and how long
/// finished runs are kept (by either store).
/// </summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    [Required]
    public string DataDirectory { get; set; } = ".pacts/data";

    /// <summary>
    /// Finished runs started more than this many days ago are deleted, with their steps, artifact rows and artifact
    /// files, by the run retention job; 0 or less turns the job off. A run still running is never deleted.
    /// </summary>
    [Range(int.MinValue, 36500)]
    public int RunRetentionDays { get; set; } = 30;

    /// <summary>How often the run retention job runs; its first pass is as the service starts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan RunRetentionInterval { get; set; } = TimeSpan.FromHours(1);
}
