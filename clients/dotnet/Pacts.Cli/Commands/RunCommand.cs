using System.CommandLine;
using Pacts.Cli.Output;
using Pacts.Cli.Service;

namespace Pacts.Cli.Commands;

/// <summary><c>pacts run &lt;paths&gt;...</c>: runs requirement files and streams their progress.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Requirement files (.txt, or .json/.yaml/.yml specs), or directories whose requirement files " +
                          "(not subfolders) are run",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "text: readable progress; jsonl: one JSON RunEvent per line on stdout",
            DefaultValueFactory = _ => "text",
            HelpName = "text|jsonl",
        };
        output.AcceptOnlyFromAmong("text", "jsonl");
        var server = CommonOptions.Server();
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Replace the scheme, host and port of every test case URL (point a suite at another environment)",
            HelpName = "URL",
        };

        var command = new Command(
            "run",
            "Run requirement files in a browser. Exit code: 0 all passed; 1 a run failed or was cancelled; " +
            "2 usage error, invalid requirement or infrastructure error; 130 interrupted by Ctrl+C.")
        {
            paths, output, server, baseUrl,
        };
        var inputs = new InputOptions();
        inputs.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            async token => await ExecuteAsync(
                parse.GetValue(paths) ?? [],
                parse.GetValue(output) == "jsonl",
                parse.GetValue(server),
                parse.GetValue(baseUrl),
                await inputs.ReadAsync(parse, token),
                token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(
        string[] paths, bool jsonl, string? server, string? baseUrl, RunInputs inputs, CancellationToken cancellationToken)
    {
        var files = RequirementFiles.Expand(paths);
        if (!string.IsNullOrEmpty(baseUrl))
        {
            Urls.Require(baseUrl, "--base-url");
        }

        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: true, cancellationToken);
        var runner = new RequirementRunner(service.Client, baseUrl, inputs);
        var palette = Palette.ForStdout();
        var exitCode = ExitCodes.Passed;
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (!jsonl && i > 0)
            {
                Console.WriteLine();
            }

            IRunEventSink sink = jsonl ? new JsonlSink(Console.Out) : new TextRenderer(Console.Out, file.Name, palette);
            var result = await runner.RunAsync(file, sink, cancellationToken);
            if (result.InvalidRequirement is not null)
            {
                Diagnostics.InvalidRequirement(file, result.InvalidRequirement);
            }
            else if (result.Error is not null)
            {
                // The service is unusable; the remaining files would fail the same way.
                Diagnostics.CallFailed(file, result.Error, service);
                return ExitCodes.UsageOrInfrastructure;
            }

            exitCode = ExitCodes.Worst(exitCode, result.ExitCode);
        }

        return exitCode;
    }
}
