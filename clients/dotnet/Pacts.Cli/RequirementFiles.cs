using Pacts.V1;

namespace Pacts.Cli;

/// <summary>A requirement file: the path as the user wrote it (for messages) and the name sent to the service.</summary>
internal sealed record RequirementFile(string Path, string Name)
{
    /// <summary>
    /// Specs are declared by their extension; anything else is left to the service, which reads a .txt (or an unknown
    /// extension whose content is not a spec) as plain text.
    /// </summary>
    public RequirementFormat Format => System.IO.Path.GetExtension(Name).ToLowerInvariant() switch
    {
        ".json" => RequirementFormat.Json,
        ".yaml" or ".yml" => RequirementFormat.Yaml,
        _ => RequirementFormat.Unspecified,
    };
}

internal static class RequirementFiles
{
    /// <summary>What a directory on the command line stands for: plain-text requirements and JSON or YAML specs.</summary>
    public static IReadOnlyList<string> AllExtensions { get; } = [".txt", ".json", ".yaml", ".yml"];

    /// <summary>
    /// Expands the command-line paths: a file stands for itself, a directory for the requirement files directly in
    /// it (not its subfolders, which hold suites that are meant to fail or need other setup).
    /// </summary>
    public static IReadOnlyList<RequirementFile> Expand(IEnumerable<string> paths)
    {
        var files = new List<RequirementFile>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(new RequirementFile(path, System.IO.Path.GetFileName(path)));
            }
            else if (Directory.Exists(path))
            {
                var found = InDirectory(path, AllExtensions);
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no requirement files (*{string.Join(", *", AllExtensions)}) in this directory");
                }

                files.AddRange(found);
            }
            else if (path.IndexOfAny(['*', '?']) >= 0)
            {
                var found = Glob(path);
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no requirement files match this pattern");
                }

                files.AddRange(found);
            }
            else
            {
                problems.Add($"{path}: no such file or directory");
            }
        }

        if (problems.Count > 0)
        {
            throw new CliException(string.Join(Environment.NewLine + "pacts: error: ", problems));
        }

        return files;
    }

    /// <summary>The files directly in a directory with one of the extensions, sorted by name (ordinal, so stable everywhere).</summary>
    public static IReadOnlyList<RequirementFile> InDirectory(string directory, IReadOnlyList<string> extensions) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.TopDirectoryOnly)
            .Where(path => extensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new RequirementFile(path, System.IO.Path.GetFileName(path)))
            .ToList();

    /// <summary>
    /// A pattern in the file name (<c>examples/*.txt</c>), with <c>**/</c> before it for every folder below
    /// (<c>suites/**/*.yaml</c>); the folder part holds no wildcard.
    /// </summary>
    public static IReadOnlyList<RequirementFile> Glob(string pattern)
    {
        var recursive = pattern.Contains("**/", StringComparison.Ordinal);
        var normalized = pattern.Replace("**/", "", StringComparison.Ordinal);
        var directory = System.IO.Path.GetDirectoryName(normalized) is { Length: > 0 } d ? d : ".";
        var name = System.IO.Path.GetFileName(normalized);
        if (!Directory.Exists(directory) || directory.IndexOfAny(['*', '?']) >= 0)
        {
            return [];
        }

        return Directory.EnumerateFiles(directory, name, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly)
            .Where(path => AllExtensions.Contains(System.IO.Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(path => new RequirementFile(path, System.IO.Path.GetFileName(path)))
            .ToList();
    }

    /// <summary>Reads a file the user named, turning I/O problems into a usage error that names it.</summary>
    public static async Task<string> ReadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }
}
