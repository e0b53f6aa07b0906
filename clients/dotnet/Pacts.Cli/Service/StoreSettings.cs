using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Pacts.Cli.Service;

/// <summary>
/// The store a local service should use (<c>--store embedded|postgres</c>), as the settings it reads:
/// <c>ConnectionStrings__Postgres</c> and <c>ConnectionStrings__Redis</c>.
/// </summary>
internal sealed partial record StoreSettings(string Name, IReadOnlyDictionary<string, string> Environment, string Description)
{
    public static readonly string[] Names = ["embedded", "postgres"];

    /// <summary>The settings for <paramref name="name"/>; for postgres, starts Postgres and Redis with scripts/services.</summary>
    public static async Task<StoreSettings> ForAsync(string name, CancellationToken cancellationToken) => name switch
    {
        "embedded" => new StoreSettings(
            name,
            new Dictionary<string, string> { ["ConnectionStrings__Postgres"] = "", ["ConnectionStrings__Redis"] = "" },
            "the embedded store (SQLite under .pacts/data)"),
        "postgres" => await StartServicesAsync(cancellationToken),
        _ => throw new CliException($"unknown store '{name}'; use one of: {string.Join(", ", Names)}"),
    };

    // scripts/services start prints `export ConnectionStrings__X='...'` lines; it is idempotent.
    private static async Task<StoreSettings> StartServicesAsync(CancellationToken cancellationToken)
    {
        var script = Path.Combine(RepoLocation.RequireRoot(), "scripts", "services");
        if (!File.Exists(script))
        {
            throw new CliException($"--store postgres needs {script}, which starts Postgres and Redis; it is missing");
        }

        await Console.Error.WriteLineAsync("pacts: starting Postgres and Redis (scripts/services start)");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(script);
        info.ArgumentList.Add("start");
        using var process = Process.Start(info) ?? throw new CliException($"could not run {script}");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new CliException($"scripts/services start failed (exit {process.ExitCode}): {(await errors).Trim()}");
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in ExportLine().Matches(await output))
        {
            environment[match.Groups["name"].Value] = match.Groups["value"].Value;
        }

        if (!environment.TryGetValue("ConnectionStrings__Postgres", out var postgres))
        {
            throw new CliException("scripts/services start printed no ConnectionStrings__Postgres line");
        }

        var server = HostPort().Match(postgres);
        return new StoreSettings("postgres", environment, $"Postgres at {server.Groups["host"].Value}:{server.Groups["port"].Value}" +
            (environment.TryGetValue("ConnectionStrings__Redis", out var redis) ? $" with Redis at {redis}" : ""));
    }

    [GeneratedRegex("""^export (?<name>ConnectionStrings__\w+)='(?<value>[^']*)'\s*$""", RegexOptions.Multiline)]
    private static partial Regex ExportLine();

    [GeneratedRegex("Host=(?<host>[^;]+);Port=(?<port>[0-9]+)")]
    private static partial Regex HostPort();
}
