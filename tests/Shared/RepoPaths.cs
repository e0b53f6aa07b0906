namespace Pacts.Tests;

/// <summary>Folders of the repository, found by walking up to Pacts.sln.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "examples");

    public static string Requirements => Path.Combine(Examples, "requirements");

    public static string Sites => Path.Combine(Examples, "sites");

    /// <summary>The example requirements that must pass (those in <c>failing/</c> are not), in ordinal order of their paths.</summary>
    public static IReadOnlyList<string> PassingRequirements() =>
        [.. Directory.GetFiles(Requirements).Where(f => Path.GetExtension(f) is ".txt" or ".json" or ".yaml" or ".yml").Order(StringComparer.Ordinal)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pacts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Pacts.sln was not found above " + AppContext.BaseDirectory);
    }
}
