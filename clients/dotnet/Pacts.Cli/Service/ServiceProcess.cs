using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pacts.Cli.Service;

/// <summary>Starts and signals the service process (<c>dotnet Pacts.Service.dll</c>).</summary>
internal static partial class ServiceProcess
{
    private const int SigInt = 2;
    private const int SigTerm = 15;

    /// <param name="environment">Settings for the service given as environment variables (connection strings carry
    /// passwords, which must not show in the process list).</param>
    public static ProcessStartInfo CreateStartInfo(string dll, string grpcUrl, bool redirect, bool exampleSites, IEnumerable<string> extraArgs, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardOutput = redirect,
            RedirectStandardError = redirect,
            WorkingDirectory = Environment.CurrentDirectory,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add($"--Kestrel:Endpoints:Grpc:Url={grpcUrl}");
        // The client speaks HTTP/2 without TLS (h2c); a cleartext Http1AndHttp2 endpoint would answer HTTP/1.1 only.
        info.ArgumentList.Add("--Kestrel:Endpoints:Grpc:Protocols=Http2");
        info.ArgumentList.Add($"--Examples:Serve={(exampleSites ? "true" : "false")}");
        foreach (var arg in extraArgs)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return info;
    }

    /// <summary>Asks the process to stop the way Ctrl+C would.</summary>
    public static void Interrupt(Process process) => Signal(process, SigInt);

    /// <summary>Asks the process to shut down gracefully (the host stops, the browser closes).</summary>
    public static void Terminate(Process process) => Signal(process, SigTerm);

    /// <summary>Kills the process and everything it started (the browser), ignoring a process already gone.</summary>
    public static void KillTree(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    private static void Signal(Process process, int signal)
    {
        if (OperatingSystem.IsWindows())
        {
            KillTree(process);
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                _ = SendSignal(process.Id, signal);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started or already reaped.
        }
    }

    /// <summary>Runs child processes with the same host that runs us, so a dotnet not on PATH still works.</summary>
    private static string DotnetHost()
    {
        var self = Environment.ProcessPath;
        return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }

    // .NET has no API to send a signal other than SIGKILL; libc's kill(2) is the portable Unix way.
    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int pid, int signal);
}
