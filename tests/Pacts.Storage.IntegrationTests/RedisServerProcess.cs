using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Pacts.Tests;

namespace Pacts.Storage.IntegrationTests;

/// <summary>
/// A redis-server of the test's own on a free loopback port, without persistence, that the test can stop and start
/// again on the same port to stand for an outage.
/// </summary>
internal sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(10);

    private readonly string _program;
    private Process? _process;

    private RedisServerProcess(string program, int port)
    {
        _program = program;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<RedisServerProcess> StartAsync()
    {
        var program = Infrastructure.RequireRedisServer();
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var server = new RedisServerProcess(program, port);
        await server.RestartAsync();
        return server;
    }

    /// <summary>Starts the server (again) on its port and returns once it accepts connections.</summary>
    public async Task RestartAsync()
    {
        var start = new ProcessStartInfo(_program)
        {
            ArgumentList = { "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (deadline.Elapsed < StartTimeout && !_process.HasExited)
            {
                // Polled: a server's readiness has no event to wait on.
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills the server, as a crash or a network cut would look to clients.</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
