using System.Text.Json;

namespace Pacts.Bench;

internal static class Repo
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pacts.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Pacts.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Prints the figures and writes them to bench/results/NAME.json.</summary>
    public static async Task WriteResultsAsync(string name, IReadOnlyDictionary<string, object> figures)
    {
        var output = Path.Combine(Root(), "bench", "results", name + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(figures, Indented) + Environment.NewLine).ConfigureAwait(false);
        foreach (var (key, value) in figures)
        {
            Console.WriteLine($"{key,-36} {(value is string or ValueType ? value : JsonSerializer.Serialize(value))}");
        }

        Console.WriteLine($"wrote {Path.GetRelativePath(Root(), output)}");
    }
}
