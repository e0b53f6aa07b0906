using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Grpc.Net.Client;

namespace Pacts.Cli.Service;

/// <summary>A service process started for one command: quiet unless it fails, stopped when the command ends.</summary>
internal sealed class LocalService : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan GracefulStopTimeout = TimeSpan.FromSeconds(5);

    private readonly Process _process;
    private readonly OutputBuffer _output = new(capacity: 400);
    private bool _stopping;

    private LocalService(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }

    public static async Task<LocalService> StartAsync(bool exampleSites, CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var dll = RepoLocation.ServiceDll();
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = ServiceProcess.CreateStartInfo(dll, url, redirect: true, exampleSites, extraArgs: [], environment);
        await Console.Error.WriteLineAsync($"pacts: starting a local service ({dll}) on {url}");

        var process = Process.Start(info) ?? throw new CliException($"could not start {info.FileName} {dll}");
        var service = new LocalService(process, url);
        process.OutputDataReceived += (_, e) => service._output.Add(e.Data);
        process.ErrorDataReceived += (_, e) => service._output.Add(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await service.WaitUntilReadyAsync(cancellationToken);
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public GrpcChannel CreateChannel() => GrpcChannel.ForAddress(Url);

    /// <summary>The service's output, when it exited while we still needed it.</summary>
    public string? CrashReport() =>
        !_stopping && _process.HasExited
            ? $"the local service exited with code {_process.ExitCode}; its last output:{Environment.NewLine}{_output}"
            : null;

    public async ValueTask DisposeAsync()
    {
        _stopping = true;
        if (!_process.HasExited)
        {
            // A graceful stop lets the service close the browser and finish writing; the kill is the fallback.
            ServiceProcess.Terminate(_process);
            using var grace = new CancellationTokenSource(GracefulStopTimeout);
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                ServiceProcess.KillTree(_process);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var channel = CreateChannel();
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                await _process.WaitForExitAsync(cancellationToken);
                throw new CliException(
                    $"the local service exited with code {_process.ExitCode} while starting; its output:{Environment.NewLine}{_output}");
            }

            var problem = await ServiceProbe.TryAsync(channel, ProbeTimeout, cancellationToken);
            if (problem is null)
            {
                await Console.Error.WriteLineAsync($"pacts: local service ready in {clock.Elapsed.TotalSeconds:0.0} s");
                return;
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new CliException(
                    $"the local service did not answer within {StartTimeout.TotalSeconds:0} s (last probe: {problem}); " +
                    $"its output:{Environment.NewLine}{_output}");
            }

            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private static int FreePort()
    {
        // Another process may take the port before the service binds it; the window is small and the
        // failure is loud (the service exits and its output is shown).
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
