using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>What one run of the pacts CLI printed and how it exited.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>
/// Runs the built CLI (clients/dotnet/Pacts.Cli, built with this project, same configuration) as a process, the way
/// a user or CI does, so exit codes and the split between stdout and stderr are what is tested.
/// </summary>
public static class CliProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>Debug or Release: the configuration this test assembly was built with (…/bin/Debug/net10.0/).</summary>
    public static string Configuration { get; } =
        Path.GetFileName(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)))!;

    public static string CliDll => Path.Combine(RepoPaths.Root, "clients", "dotnet", "Pacts.Cli", "bin", Configuration, "net10.0", "pacts.dll");

    public static string ServiceDll => Path.Combine(RepoPaths.Root, "src", "Pacts.Service", "bin", Configuration, "net10.0", "Pacts.Service.dll");

    public static async Task<CliResult> RunAsync(
        string workingDirectory,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var info = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add(CliDll);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The developer's own settings must not leak in: no default server, no colours, and the embedded store (the
        // connection strings scripts/test exports are for tests that ask for them through `environment`).
        info.Environment.Remove("PACTS_SERVER");
        info.Environment.Remove("PACTS_SERVICE_DLL");
        info.Environment.Remove("ConnectionStrings__Postgres");
        info.Environment.Remove("ConnectionStrings__Redis");
        info.Environment["NO_COLOR"] = "1";
        // Step screenshots and traces cost time on every run; a test about them turns them on through `environment`.
        info.Environment["Artifacts__Screenshots"] = "Failures";
        info.Environment["Artifacts__Trace"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return await RunAsync(info, timeout ?? Timeout, cancellationToken);
    }

    /// <summary>Runs any process to its end (killed with its children after <paramref name="timeout"/>), its output captured.</summary>
    public static async Task<CliResult> RunAsync(ProcessStartInfo info, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(info);
        (info.UseShellExecute, info.RedirectStandardOutput, info.RedirectStandardError) = (false, true, true);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {info.FileName}");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CliResult(process.ExitCode, (await stdout).ReplaceLineEndings("\n"), (await stderr).ReplaceLineEndings("\n"));
    }
}

/// <summary>
/// The real service in this process, but on a real loopback port (Kestrel, h2c) so a CLI process can reach it with
/// --server. Validation opens no browser, so nothing here needs Chromium.
/// </summary>
public sealed class KestrelServiceFixture : IAsyncLifetime
{
    private readonly PactsServiceFactory _factory = new(
        PactsServiceFactory.NewDataDirectory(),
        new Dictionary<string, string?>
        {
            ["Kestrel:Endpoints:Grpc:Url"] = "http://127.0.0.1:0",
            ["Kestrel:Endpoints:Grpc:Protocols"] = "Http2",
        });

    public string Url { get; private set; } = "";

    /// <summary>The service's own services, for a test that writes its stores directly.</summary>
    public IServiceProvider Services => _factory.Services;

    public ValueTask InitializeAsync()
    {
        _factory.UseKestrel();
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        Url = addresses.First().TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();
}
