using System.CommandLine;
using System.Diagnostics;
using Pacts.Cli.Service;

namespace Pacts.Cli.Commands;

/// <summary><c>pacts serve</c>: runs the service in the foreground until Ctrl+C.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var grpcUrl = new Option<string>("--grpc-url")
        {
            Description = "Address the gRPC endpoint listens on",
            DefaultValueFactory = _ => ServiceConnector.ServeUrl,
            HelpName = "URL",
        };
        var serviceArgs = new Argument<string[]>("service-args")
        {
            Description = "Extra configuration for the service after '--', e.g. -- --Storage:Provider=postgres",
            Arity = ArgumentArity.ZeroOrMore,
        };

        var command = new Command(
            "serve",
            "Run the Pacts service in the foreground (with the example sites on http://127.0.0.1:5180). " +
            "Ctrl+C stops it; the exit code is the service's.")
        {
            grpcUrl, serviceArgs,
        };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            token => ExecuteAsync(parse.GetValue(grpcUrl)!, parse.GetValue(serviceArgs) ?? [], token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(string grpcUrl, string[] serviceArgs, CancellationToken cancellationToken)
    {
        Urls.Require(grpcUrl, "--grpc-url");
        var dll = RepoLocation.ServiceDll();
        var info = ServiceProcess.CreateStartInfo(dll, grpcUrl, redirect: false, exampleSites: true, serviceArgs);
        using var process = Process.Start(info) ?? throw new CliException($"could not start {info.FileName} {dll}");

        // A terminal's Ctrl+C reaches the child too (same process group); forwarding covers a signal sent to us alone.
        await using (cancellationToken.Register(() => ServiceProcess.Interrupt(process)))
        {
            await process.WaitForExitAsync(CancellationToken.None);
        }

        return process.ExitCode;
    }
}
