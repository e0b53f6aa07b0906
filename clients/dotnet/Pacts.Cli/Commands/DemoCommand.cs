using System.CommandLine;
using Pacts.Cli.Output;
using Pacts.Cli.Service;

namespace Pacts.Cli.Commands;

/// <summary>
/// <c>pacts demo</c>: runs every example requirement twice against the example site. The first round discovers
/// the elements; the second should find them all in the selector cache.
/// </summary>
internal static class DemoCommand
{
    private const int Rounds = 2;

    public static Command Create()
    {
        var server = CommonOptions.Server();
        var store = new Option<string?>("--store")
        {
            Description = "Run on this store in a local service started for the demo: 'embedded' (SQLite) or 'postgres' " +
                          "(Postgres and Redis, started with scripts/services). Default: the service's own configuration",
            HelpName = "embedded|postgres",
        };
        store.AcceptOnlyFromAmong(StoreSettings.Names);
        var command = new Command(
            "demo",
            "Run every examples/requirements/*.txt twice (discovery, then cache) and compare the rounds. " +
            "Exit code: 0 all passed; 1 a run failed; 2 infrastructure error; 130 interrupted.")
        {
            server,
            store,
        };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            token => ExecuteAsync(parse.GetValue(server), parse.GetValue(store), token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(string? server, string? storeName, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(RepoLocation.RequireRoot(), "examples", "requirements");
        var files = Directory.Exists(directory)
            ? RequirementFiles.InDirectory(directory, [".txt"])
                .Select(file => file with { Path = Path.GetRelativePath(Environment.CurrentDirectory, file.Path) })
                .ToList()
            : [];
        if (files.Count == 0)
        {
            throw new CliException($"no example requirements (*.txt) in {directory}");
        }

        var store = storeName is null ? null : await StoreSettings.ForAsync(storeName, cancellationToken);
        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: true, cancellationToken, store);
        if (store is not null)
        {
            await Console.Error.WriteLineAsync($"pacts: the demo runs on {store.Description}");
        }

        var runner = new RequirementRunner(service.Client, baseUrl: null, RunInputs.None);
        var palette = Palette.ForStdout();
        var table = new DemoTable(files.Select(file => file.Name).ToList(), Rounds);
        var exitCode = ExitCodes.Passed;
        for (var round = 1; round <= Rounds; round++)
        {
            Console.WriteLine(palette.Bold($"══ Round {round} of {Rounds} ══"));
            for (var i = 0; i < files.Count; i++)
            {
                var result = await runner.RunAsync(files[i], new TextRenderer(Console.Out, files[i].Name, palette), cancellationToken);
                Console.WriteLine();
                if (result.InvalidRequirement is not null)
                {
                    Diagnostics.InvalidRequirement(files[i], result.InvalidRequirement);
                }
                else if (result.Error is not null)
                {
                    Diagnostics.CallFailed(files[i], result.Error, service);
                    return ExitCodes.UsageOrInfrastructure;
                }

                table.Record(i, round, result);
                exitCode = ExitCodes.Worst(exitCode, result.ExitCode);
            }
        }

        table.Write(Console.Out, palette);
        return exitCode;
    }
}
