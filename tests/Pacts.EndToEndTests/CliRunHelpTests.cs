using Pacts.Tests;

namespace Pacts.EndToEndTests;

/// <summary>
/// The option that forces plain lines instead of the live table, checked in the help a user reads from the built CLI.
/// The choice itself, and the live view, are tested in Pacts.Cli.Tests.
/// </summary>
public sealed class CliRunHelpTests
{
    [Fact]
    public async Task RunHelp_DescribesTheLiveTableAndThePlainOption()
    {
        var result = await CliProcess.RunAsync(RepoPaths.Root, ["run", "--help"], cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(result.ExitCode == 0, result.ToString());
        var help = string.Join(' ', result.Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("--plain", help, StringComparison.Ordinal);
        Assert.Contains("live table", help, StringComparison.Ordinal);
        Assert.Contains("when stdout is not a terminal, when CI is set, with TERM=dumb and with --output jsonl", help, StringComparison.Ordinal);
    }
}
