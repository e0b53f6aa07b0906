using System.CommandLine;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Pacts.Cli.Output;
using Pacts.Cli.Service;
using Pacts.V1;

namespace Pacts.Cli.Commands;

/// <summary><c>pacts show &lt;run-id&gt;</c>: a stored run's verdict, its steps, and the files it left.</summary>
internal static class ShowCommand
{
    public static Command Create()
    {
        var runId = new Argument<string>("run-id") { Description = "The run's id, as `pacts runs` lists it" };
        var output = CommonOptions.Output("text: the run and a table of its steps; json: the stored run and steps as one JSON object");
        var server = CommonOptions.Server();
        var command = new Command(
            "show",
            "Print a finished run: its verdict, every step (status, time, where the element came from) and its files. " +
            "Exit code: 0 shown; 2 usage or infrastructure error, or no such run.")
        {
            runId, output, server,
        };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            token => ExecuteAsync(parse.GetValue(runId)!, parse.GetValue(output) == "json", parse.GetValue(server), token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(string runId, bool json, string? server, CancellationToken cancellationToken)
    {
        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: false, cancellationToken);
        GetRunResponse run;
        ListArtifactsResponse artifacts;
        try
        {
            run = await service.Client.GetRunAsync(new GetRunRequest { RunId = runId }, cancellationToken: cancellationToken);
            artifacts = await service.Client.ListArtifactsAsync(new ListArtifactsRequest { RunId = runId }, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new CliException($"could not show run {runId}: {RpcErrors.Describe(ex)}");
        }

        if (json)
        {
            Console.WriteLine(JsonFormatter.Default.Format(run));
            return ExitCodes.Passed;
        }

        var summary = run.Run;
        Console.WriteLine($"{summary.RequirementName}  {summary.Status.ToString().ToUpperInvariant()}  {summary.Message}");
        Console.WriteLine($"run {summary.RunId}, test cases {summary.TestCasesPassed} passed, {summary.TestCasesFailed} failed");
        var rows = run.Steps.Select(step => new[]
        {
            (step.TestCaseIndex + 1).ToString(CultureInfo.InvariantCulture),
            step.StepIndex.ToString(CultureInfo.InvariantCulture),
            step.Line.ToString(CultureInfo.InvariantCulture),
            step.Status.ToString().ToLowerInvariant(),
            Labels.Duration(step.DurationMs),
            step.Source == ElementSource.Unspecified ? "" : Labels.Source(step.Source, null),
            step.Text,
            step.Message,
        }).ToList();
        TextTable.Write(Console.Out, ["case", "step", "line", "status", "took", "element", "text", "message"], rows);
        foreach (var artifact in artifacts.Artifacts.Where(a => a.Kind is "report" or "junit" or "trace"))
        {
            Console.WriteLine($"{artifact.Kind}: {artifact.Name}");
        }

        return ExitCodes.Passed;
    }
}
