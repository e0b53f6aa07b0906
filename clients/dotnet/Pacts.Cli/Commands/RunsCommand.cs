using System.CommandLine;
using System.Globalization;
using Google.Protobuf;
using Grpc.Core;
using Pacts.Cli.Output;
using Pacts.Cli.Service;
using Pacts.V1;

namespace Pacts.Cli.Commands;

/// <summary><c>pacts runs</c>: the most recent runs the service has recorded, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "How many runs to list (1 to 500)",
            DefaultValueFactory = _ => 20,
        };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 500)
            {
                result.AddError("--limit must be between 1 and 500");
            }
        });
        var output = CommonOptions.Output("text: a table; json: one JSON object per run, a line each");
        var server = CommonOptions.Server();
        var command = new Command(
            "runs",
            "List the most recent runs, newest first: id, requirement, verdict, when, how long, test cases and steps. " +
            "Exit code: 0 listed; 2 usage or infrastructure error.")
        {
            limit, output, server,
        };
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            token => ExecuteAsync(parse.GetValue(limit), parse.GetValue(output) == "json", parse.GetValue(server), token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(int limit, bool json, string? server, CancellationToken cancellationToken)
    {
        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: false, cancellationToken);
        ListRunsResponse response;
        try
        {
            response = await service.Client.ListRunsAsync(new ListRunsRequest { PageSize = limit }, cancellationToken: cancellationToken);
        }
        catch (RpcException ex) when (ex.StatusCode != StatusCode.Cancelled)
        {
            throw new CliException($"could not list runs: {RpcErrors.Describe(ex)}");
        }

        if (json)
        {
            foreach (var run in response.Runs)
            {
                Console.WriteLine(JsonFormatter.Default.Format(run));
            }

            return ExitCodes.Passed;
        }

        Write(Console.Out, response.Runs);
        return ExitCodes.Passed;
    }

    private static void Write(TextWriter writer, Google.Protobuf.Collections.RepeatedField<RunSummary> runs)
    {
        if (runs.Count == 0)
        {
            writer.WriteLine("no runs recorded yet");
            return;
        }

        var rows = runs.Select(run => new[]
        {
            run.RunId,
            run.RequirementName,
            run.Status.ToString().ToUpperInvariant(),
            run.StartedAt?.ToDateTimeOffset().ToLocalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) ?? "",
            run.FinishedAt is { } finished && run.StartedAt is { } started
                ? $"{(finished.ToDateTimeOffset() - started.ToDateTimeOffset()).TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s"
                : "",
            $"{run.TestCasesPassed}/{run.TestCasesPassed + run.TestCasesFailed}",
            $"{run.StepsPassed}/{run.StepsPassed + run.StepsFailed}",
        }).ToList();
        TextTable.Write(writer, ["run", "requirement", "verdict", "started", "took", "tests", "steps"], rows);
    }
}
