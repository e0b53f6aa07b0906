using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// A Postgres cluster of the test's own, run by <c>scripts/services</c> with a private state directory and free ports,
/// that the test can stop and start again on the same port to stand for an outage. The script manages Redis alongside
/// it (on a private port too); that costs a moment and touches no other test's servers. A class fixture: the cluster is
/// created by the first test that asks for it and removed when the class is done, whether its tests passed or not.
/// </summary>
public sealed class PostgresServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan ScriptTimeout = TimeSpan.FromMinutes(2);

    private readonly string _state = Directory.CreateTempSubdirectory("pacts-pg-outage-").FullName;
    private readonly int _postgresPort = FreePort();
    private readonly int _redisPort = FreePort();
    private bool _created;

    /// <summary>Set by the first <see cref="StartAsync"/>.</summary>
    public string ConnectionString { get; private set; } = "";

    /// <summary>Starts the server (again) and returns once it accepts connections; skips when Postgres or Redis is not installed.</summary>
    public async Task StartAsync()
    {
        if (!Directory.Exists("/usr/lib/postgresql") || !Directory.EnumerateDirectories("/usr/lib/postgresql").Any(dir => File.Exists(Path.Combine(dir, "bin", "pg_ctl"))))
        {
            Infrastructure.Missing("Postgres is not installed under /usr/lib/postgresql (apt-get install postgresql, or scripts/services start).");
        }

        Infrastructure.RequireRedisServer();
        // As root the cluster belongs to the postgres user, who must be able to reach the state directory.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_state, (UnixFileMode)0b111_101_101);
        }

        _created = true;
        var output = await RunScriptAsync("start");
        const string prefix = "export ConnectionStrings__Postgres=";
        var line = output.Split('\n').Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        ConnectionString = line[prefix.Length..].Trim().Trim('\'') + ";Timeout=5;Command Timeout=10";
    }

    public async Task StopAsync() => await RunScriptAsync("stop");

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_created)
            {
                await StopAsync();
            }
        }
        finally
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    private async Task<string> RunScriptAsync(string command)
    {
        var start = new ProcessStartInfo("bash")
        {
            ArgumentList = { Path.Combine(RepoPaths.Root, "scripts", "services"), command },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["PACTS_SERVICES_DIR"] = _state,
                ["PACTS_POSTGRES_PORT"] = _postgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["PACTS_REDIS_PORT"] = _redisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("scripts/services did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ScriptTimeout);
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/services {command} failed ({process.ExitCode}): {await stderr}");
        }

        return await stdout;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
