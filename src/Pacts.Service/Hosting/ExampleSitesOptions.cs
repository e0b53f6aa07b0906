using System.ComponentModel.DataAnnotations;

namespace Pacts.Service.Hosting;

/// <summary>The <c>Examples</c> section: serving examples/sites on a plain HTTP port, for the demo and the README.</summary>
public sealed class ExampleSitesOptions
{
    public const string SectionName = "Examples";
    public const string DefaultUrl = "http://127.0.0.1:5180";

    public bool Serve { get; set; }

    [Required]
    public string Url { get; set; } = DefaultUrl;

    /// <summary>The folder holding the sites; found by walking up from the working directory when not set.</summary>
    public string? SitesPath { get; set; }

    public string? ResolveSitesPath()
    {
        if (!string.IsNullOrWhiteSpace(SitesPath))
        {
            return Path.GetFullPath(SitesPath);
        }

        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "examples", "sites");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return null;
    }
}
