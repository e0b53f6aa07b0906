namespace Pacts.Cli;

/// <summary>A requirement file to run: the path as the user wrote it (for messages) and the name sent to the service.</summary>
internal sealed record RequirementFile(string Path, string Name);

internal static class RequirementFiles
{
    /// <summary>
    /// Expands the command-line paths: a file stands for itself, a directory for the <c>*.txt</c> files directly in
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
                var found = InDirectory(path);
                if (found.Count == 0)
                {
                    problems.Add($"{path}: no *.txt requirement files in this directory");
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

    public static IReadOnlyList<RequirementFile> InDirectory(string directory) =>
        Directory.EnumerateFiles(directory, "*.txt", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(path => new RequirementFile(path, System.IO.Path.GetFileName(path)))
            .ToList();
}
