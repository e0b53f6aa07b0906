using System.ComponentModel.DataAnnotations;

namespace Pacts.Storage;

/// <summary>The <c>Storage</c> section: where the embedded store keeps its file when no server store is configured.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    [Required]
    public string DataDirectory { get; set; } = ".pacts/data";
}
