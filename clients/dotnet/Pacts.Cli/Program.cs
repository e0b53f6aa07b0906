using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;
using Pacts.Cli;
using Pacts.Cli.Commands;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

using var interrupt = new Interrupt();

var root = new RootCommand("Pacts: run plain-English test requirements in a real browser.")
{
    RunCommand.Create(),
    ValidateCommand.Create(),
    ServeCommand.Create(),
    DemoCommand.Create(),
    RunsCommand.Create(),
    ShowCommand.Create(),
    StatsCommand.Create(),
};

var parseResult = root.Parse(args);
if (parseResult.Action is ParseErrorAction)
{
    // System.CommandLine exits 1 on parse errors; our contract reserves 1 for failed tests.
    foreach (var error in parseResult.Errors)
    {
        await Console.Error.WriteLineAsync($"pacts: error: {error.Message}");
    }

    await Console.Error.WriteLineAsync("Try 'pacts --help' for usage.");
    return ExitCodes.UsageOrInfrastructure;
}

// Ctrl+C and SIGTERM are handled by Interrupt, so every command can stop its child processes cleanly.
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
return await parseResult.InvokeAsync(invocation, interrupt.Token);
