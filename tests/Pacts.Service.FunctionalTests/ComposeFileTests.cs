using System.Diagnostics;
using System.Reflection;
using Pacts.Tests;
using YamlDotNet.RepresentationModel;

namespace Pacts.Service.FunctionalTests;

/// <summary>
/// docker-compose.yml, for people with Docker: no engine runs here, so the file is validated with
/// <c>docker-compose config</c>, and every setting it gives the service must be one the service reads.
/// </summary>
public sealed class ComposeFileTests
{
    private static readonly string ComposeFile = Path.Combine(RepoPaths.Root, "docker-compose.yml");

    // Settings read by the frameworks rather than by an options class of ours.
    private static readonly string[] FrameworkSections = ["Kestrel", "Logging"];
    private static readonly string[] ConnectionStrings = ["Postgres", "Redis"];
    private static readonly string[] OpenTelemetryVariables = ["OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_SERVICE_NAME", "OTEL_RESOURCE_ATTRIBUTES"];
    private static readonly string[] ServiceAssemblies = ["Pacts.Service", "Pacts.Agents", "Pacts.Storage"];
    private static readonly string[] ComposeTools = ["/usr/bin/docker-compose", "/usr/local/bin/docker-compose"];

    [Fact]
    public async Task DockerCompose_ConfigAcceptsTheFile_WithPostgresRedisServiceAndCollector()
    {
        var config = await ComposeConfigAsync();

        var services = (YamlMappingNode)config.Children[new YamlScalarNode("services")];
        Assert.Equal(["collector", "pacts", "postgres", "redis"], services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!).Order(StringComparer.Ordinal));
        Assert.StartsWith("postgres:15", Scalar(services, "postgres", "image"), StringComparison.Ordinal);
        Assert.StartsWith("redis:7", Scalar(services, "redis", "image"), StringComparison.Ordinal);
        var redisCommand = string.Join(' ', ((YamlSequenceNode)Node(services, "redis", "command")).Children.Select(c => ((YamlScalarNode)c).Value));
        Assert.Contains("--maxmemory-policy allkeys-lru", redisCommand, StringComparison.Ordinal);
        Assert.NotNull(Node(services, "postgres", "healthcheck"));
        Assert.NotNull(Node(services, "redis", "healthcheck"));
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "Dockerfile")), "the pacts service is built from the Dockerfile at the root");
    }

    [Fact]
    public async Task DockerCompose_ServiceSettings_AreOptionsTheServiceReads()
    {
        var config = await ComposeConfigAsync();
        var environment = (YamlMappingNode)Node((YamlMappingNode)config.Children[new YamlScalarNode("services")], "pacts", "environment");
        var sections = OptionSections();
        var unknown = new List<string>();

        foreach (var name in environment.Children.Keys.Select(k => ((YamlScalarNode)k).Value!))
        {
            var path = name.Split("__");
            var known = path[0] switch
            {
                _ when OpenTelemetryVariables.Contains(name) => true,
                "ConnectionStrings" => path.Length == 2 && ConnectionStrings.Contains(path[1]),
                _ when FrameworkSections.Contains(path[0]) => path.Length > 1,
                _ => path.Length == 2 && sections.TryGetValue(path[0], out var type)
                    && type.GetProperty(path[1], BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is not null,
            };
            if (!known)
            {
                unknown.Add(name);
            }
        }

        Assert.True(unknown.Count == 0, $"docker-compose.yml gives the service settings it does not read: {string.Join(", ", unknown)}");
        Assert.Contains("ConnectionStrings__Postgres", environment.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
        Assert.Contains("ConnectionStrings__Redis", environment.Children.Keys.Select(k => ((YamlScalarNode)k).Value));
    }

    // Every options class of the service names its section in a SectionName constant.
    private static Dictionary<string, Type> OptionSections() =>
        ServiceAssemblies
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Select(t => (Type: t, Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static)))
            .Where(p => p.Field is { IsLiteral: true })
            .ToDictionary(p => (string)p.Field!.GetRawConstantValue()!, p => p.Type, StringComparer.Ordinal);

    private static async Task<YamlMappingNode> ComposeConfigAsync()
    {
        var tool = ComposeTools.FirstOrDefault(File.Exists);
        if (tool is null)
        {
            Infrastructure.Missing("docker-compose is not installed (apt-get install docker-compose); scripts/test installs it.");
        }

        var info = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add("-f");
        info.ArgumentList.Add(ComposeFile);
        info.ArgumentList.Add("config");

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        Assert.True(process.ExitCode == 0, $"docker-compose config rejected the file: {await errors}");

        var yaml = new YamlStream();
        yaml.Load(new StringReader(await output));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlNode Node(YamlMappingNode services, string service, string key) =>
        ((YamlMappingNode)services.Children[new YamlScalarNode(service)]).Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode services, string service, string key) => ((YamlScalarNode)Node(services, service, key)).Value!;
}
