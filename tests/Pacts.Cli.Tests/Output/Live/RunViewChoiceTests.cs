using Pacts.Cli.Output.Live;

namespace Pacts.Cli.Tests.Output.Live;

/// <summary>
/// When <c>pacts run</c> shows the live table and when it keeps the plain lines: <see cref="RunViewChoice"/>'s pure
/// choice, checked for each input. (The help that documents it is checked on the built CLI in Pacts.EndToEndTests.)
/// </summary>
public sealed class RunViewChoiceTests
{
    [Theory]
    [InlineData(false, false, false, null, "xterm-256color", true, "Live")]
    [InlineData(false, false, false, "", "xterm", true, "Live")]
    [InlineData(false, false, false, "false", "xterm", true, "Live")]
    [InlineData(false, false, false, "0", "xterm", true, "Live")]
    [InlineData(false, false, false, null, null, true, "Live")]
    [InlineData(true, false, false, null, "xterm", true, "Plain")]
    [InlineData(false, true, false, null, "xterm", true, "Plain")]
    [InlineData(false, false, true, null, "xterm", true, "Plain")]
    [InlineData(false, false, false, "true", "xterm", true, "Plain")]
    [InlineData(false, false, false, "1", "xterm", true, "Plain")]
    [InlineData(false, false, false, "TRUE", "xterm", true, "Plain")]
    [InlineData(false, false, false, null, "dumb", true, "Plain")]
    [InlineData(false, false, false, null, "xterm", false, "Plain")]
    public void Choose_TerminalRedirectCiTermAndOptions_LiveOnlyOnARedrawableInteractiveTerminal(
        bool jsonl, bool plainOption, bool stdoutRedirected, string? ci, string? term, bool ansiSupported, string expected)
    {
        var conditions = new RunViewConditions(jsonl, plainOption, stdoutRedirected, ci, term, ansiSupported);

        var view = RunViewChoice.Choose(conditions);

        // The expected view is named, not typed: RunView is internal and a public test method cannot take it.
        Assert.Equal(Enum.Parse<RunView>(expected), view);
    }
}
