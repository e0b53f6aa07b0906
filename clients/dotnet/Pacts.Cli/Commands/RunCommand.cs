using System.CommandLine;
using Pacts.Cli.Output;
using Pacts.Cli.Output.Live;
using Pacts.Cli.Service;
using Spectre.Console;

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

        var outDirectory = new Option<string>("--out")
        {
            Description = "Where the runs' files go: a folder per requirement (report.html, junit.xml, screenshots, traces, " +
                          "events.jsonl), generated/ (the generated test project) and junit.xml for all of them",
            DefaultValueFactory = _ => Path.Combine(".pacts", "out"),
            HelpName = "DIR",
        };
        var parallel = new Option<int>("--parallel")
        {
            Description = "Run up to N requirement files at once, and up to N test cases of each at once (each in a browser " +
                          "context of its own); plain text output is printed a file at a time, as each finishes, and a test case at a time",
            DefaultValueFactory = _ => 1,
            HelpName = "N",
        };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 16)
            {
                result.AddError("--parallel must be between 1 and 16");
            }
        });
        var junit = new Option<string?>("--junit") { Description = "Also write the JUnit file of all the runs here", HelpName = "PATH" };
        var plain = new Option<bool>("--plain")
        {
            Description = "Print plain lines (a line per step) instead of the live table. Plain lines are also what you get " +
                          "when stdout is not a terminal, when CI is set, with TERM=dumb and with --output jsonl; NO_COLOR " +
                          "keeps the live table but drops its colours",
        };
        var command = new Command(
            "run",
            "Run requirement files in a browser. On a terminal, a live table shows every file and test case (state, " +
            "the running step, steps done, time) and stays on screen when done; elsewhere, or with --plain, a line per " +
            "step. Exit code: 0 all passed; 1 a run failed or was cancelled; 2 usage error, invalid requirement or " +
            "infrastructure error; 130 interrupted by Ctrl+C.")
        {
            paths, output, server, baseUrl, outDirectory, junit, parallel, plain,
        };
        var inputs = new InputOptions();
        inputs.AddTo(command);
        command.SetAction((parse, cancellationToken) => CommandGuard.RunAsync(
            async token => await ExecuteAsync(
                parse.GetValue(paths) ?? [],
                (parse.GetValue(output) == "jsonl", parse.GetValue(plain)),
                parse.GetValue(server),
                parse.GetValue(baseUrl),
                (parse.GetValue(outDirectory)!, parse.GetValue(junit), parse.GetValue(parallel)),
                await inputs.ReadAsync(parse, token),
                token),
            cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(
        string[] paths, (bool Jsonl, bool Plain) view, string? server, string? baseUrl, (string Directory, string? JUnit, int Parallel) outputs, RunInputs inputs, CancellationToken cancellationToken)
    {
        var files = RequirementFiles.Expand(paths);
        if (!string.IsNullOrEmpty(baseUrl))
        {
            Urls.Require(baseUrl, "--base-url");
        }

        await using var service = await ServiceConnector.ConnectAsync(server, exampleSites: true, cancellationToken);
        var runner = new RequirementRunner(service.Client, baseUrl, inputs, outputs.Parallel);
        var saved = new RunOutputs(service.Client, outputs.Directory);
        saved.Prepare();
        var palette = Palette.ForStdout();
        var exitCode = ExitCodes.Passed;
        var jsonl = view.Jsonl;
        var (done, live) = await RunAllAsync(runner, files, outputs.Parallel, view, palette, cancellationToken);
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (!jsonl && i > 0 && done is null)
            {
                Console.WriteLine();
            }

            var result = done?[i] ?? await runner.RunAsync(
                file, jsonl ? new JsonlSink(Console.Out) : (IRunEventSink)new TextRenderer(Console.Out, file.Name, palette), cancellationToken);
            if (live && result.Finished is { } finished)
            {
                // The table shows states; the verdict line and each failed step's message follow it, as in plain output.
                Console.WriteLine(palette.Bold(file.Name));
                RunSummaryWriter.Write(Console.Out, finished, palette);
            }

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
            if (result is { RunId: { } runId, Finished: not null } && await saved.SaveAsync(runId, file, cancellationToken) is { } report)
            {
                // On stderr, so stdout stays the run's own output (and valid JSON lines with --output jsonl).
                await Console.Error.WriteLineAsync($"report: {report}");
            }
        }

        var junitPath = await saved.WriteJUnitAsync(outputs.JUnit, cancellationToken);
        await Console.Error.WriteLineAsync($"junit: {outputs.JUnit ?? junitPath}");
        if (Directory.Exists(saved.GeneratedProject))
        {
            await Console.Error.WriteLineAsync($"generated tests: {saved.GeneratedProject} (dotnet test)");
        }

        return exitCode;
    }

    /// <summary>
    /// The live table when <see cref="RunViewChoice"/> says so: then every file runs under it and the results come
    /// back together. Otherwise plain output as before: files at once with --parallel (results back), or null for the
    /// caller to run them one by one with their lines streaming.
    /// </summary>
    private static async Task<(RunResult[]? Done, bool Live)> RunAllAsync(
        RequirementRunner runner, IReadOnlyList<RequirementFile> files, int parallel, (bool Jsonl, bool Plain) view, Palette palette, CancellationToken cancellationToken)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (RunViewChoice.Choose(RunViewChoice.Current(view.Jsonl, view.Plain, console)) == RunView.Live)
        {
            return (await LiveRuns.RunAsync(runner, files, parallel, console, cancellationToken), true);
        }

        var done = parallel > 1 && files.Count > 1
            ? await ParallelRuns.RunAsync(runner, files, parallel, view.Jsonl, palette, cancellationToken)
            : null;
        return (done, false);
    }
}
