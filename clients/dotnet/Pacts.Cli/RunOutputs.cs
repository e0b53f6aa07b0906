using System.Text.RegularExpressions;
using System.Xml.Linq;
using Grpc.Core;
using Pacts.V1;

namespace Pacts.Cli;

/// <summary>
/// Everything the runs of one <c>pacts run</c> produced, fetched from the service into <c>--out</c>: a folder per
/// requirement (report, JUnit, screenshots, traces, events), one generated test project for all of them, and one
/// JUnit file with a test suite per requirement.
/// </summary>
internal sealed class RunOutputs(RunService.RunServiceClient client, string directory)
{
    private readonly List<XElement> _suites = [];
    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);

    public string Directory { get; } = Path.GetFullPath(directory);

    public string GeneratedProject => Path.Combine(Directory, "generated");

    /// <summary>Empties the generated project of an earlier <c>pacts run</c> into the same folder.</summary>
    public void Prepare()
    {
        if (System.IO.Directory.Exists(GeneratedProject))
        {
            System.IO.Directory.Delete(GeneratedProject, recursive: true);
        }
    }

    /// <summary>Fetches a finished run's files; returns the path of its HTML report, or null when it has none.</summary>
    public async Task<string?> SaveAsync(string runId, RequirementFile file, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Directory, Unique(file.Name));
        var listed = await client.ListArtifactsAsync(new ListArtifactsRequest { RunId = runId }, cancellationToken: cancellationToken);
        string? report = null;
        foreach (var artifact in listed.Artifacts)
        {
            var bytes = await DownloadAsync(runId, artifact.Name, cancellationToken);
            if (artifact.Kind == "generated_test")
            {
                await SaveGeneratedAsync(Path.GetFileName(artifact.Name), bytes, cancellationToken);
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(folder, artifact.Name));
            if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, bytes, cancellationToken);
            if (artifact.Kind == "report")
            {
                report = path;
            }
            else if (artifact.Kind == "junit")
            {
                _suites.AddRange(XDocument.Parse(System.Text.Encoding.UTF8.GetString(bytes)).Root?.Elements("testsuite") ?? []);
            }
        }

        return report;
    }

    /// <summary>Writes <c>{out}/junit.xml</c>, and the same file at <paramref name="extra"/> when given.</summary>
    public async Task<string> WriteJUnitAsync(string? extra, CancellationToken cancellationToken)
    {
        int Sum(string attribute) => _suites.Sum(s => int.TryParse(s.Attribute(attribute)?.Value, out var n) ? n : 0);
        var document = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites",
            new XAttribute("name", "pacts"), new XAttribute("tests", Sum("tests")), new XAttribute("failures", Sum("failures")),
            new XAttribute("skipped", Sum("skipped")), _suites));
        var path = Path.Combine(Directory, "junit.xml");
        string[] targets = extra is null ? [path] : [path, Path.GetFullPath(extra)];
        foreach (var target in targets)
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using var stream = File.Create(target);
            await document.SaveAsync(stream, SaveOptions.None, cancellationToken);
        }

        return path;
    }

    // The project's shared files are the same for every run; a test class whose name is taken gets a number.
    private async Task SaveGeneratedAsync(string name, byte[] bytes, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(GeneratedProject);
        var path = Path.Combine(GeneratedProject, name);
        if (name.EndsWith("Tests.cs", StringComparison.Ordinal) && File.Exists(path))
        {
            var stem = name[..^".cs".Length];
            var n = 2;
            while (File.Exists(Path.Combine(GeneratedProject, $"{stem}{n}.cs")))
            {
                n++;
            }

            var code = Regex.Replace(System.Text.Encoding.UTF8.GetString(bytes), $@"\bclass {stem}\b", $"class {stem}{n}");
            await File.WriteAllTextAsync(Path.Combine(GeneratedProject, $"{stem}{n}.cs"), code, cancellationToken);
            return;
        }

        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
    }

    private async Task<byte[]> DownloadAsync(string runId, string name, CancellationToken cancellationToken)
    {
        using var call = client.GetArtifact(new GetArtifactRequest { RunId = runId, Name = name }, cancellationToken: cancellationToken);
        using var buffer = new MemoryStream();
        await foreach (var chunk in call.ResponseStream.ReadAllAsync(cancellationToken))
        {
            chunk.Chunk.WriteTo(buffer);
        }

        return buffer.ToArray();
    }

    private string Unique(string name)
    {
        var candidate = name;
        for (var n = 2; !_folders.Add(candidate); n++)
        {
            candidate = $"{name}-{n}";
        }

        return candidate;
    }
}
