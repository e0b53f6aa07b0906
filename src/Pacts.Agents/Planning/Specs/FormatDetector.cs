namespace Pacts.Agents.Planning.Specs;

/// <summary>Decides a requirement's format from its file name, or failing that from its content.</summary>
internal static class FormatDetector
{
    // Spec keys are lower case; the text format's headers ("URL:", "Test Steps:") are capitalised, so case tells them apart.
    private static readonly string[] YamlKeys = ["req_id:", "testcases:", "steps:", "url:"];

    public static RequirementFormat Detect(string name, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var extension = Path.GetExtension(name ?? string.Empty).ToLowerInvariant();
        switch (extension)
        {
            case ".json":
                return RequirementFormat.Json;
            case ".yaml" or ".yml":
                return RequirementFormat.Yaml;
            case ".txt":
                return RequirementFormat.Text;
        }

        if (content.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{'))
        {
            return RequirementFormat.Json;
        }

        var lines = content.TrimStart('\uFEFF').Split('\n');
        var yamlKey = lines.Any(l => YamlKeys.Any(k => l.StartsWith(k, StringComparison.Ordinal)));
        var stepsHeader = lines.Any(l => l.TrimStart().StartsWith("Test Steps:", StringComparison.OrdinalIgnoreCase));
        return yamlKey && !stepsHeader ? RequirementFormat.Yaml : RequirementFormat.Text;
    }
}
