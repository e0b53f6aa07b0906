using Spectre.Console;

namespace Pacts.Cli.Output.Live;

/// <summary>How <c>pacts run</c> shows progress: plain lines (the stable, greppable form) or the live table.</summary>
internal enum RunView
{
    Plain,
    Live,
}

/// <summary>What the choice between plain lines and the live view depends on, gathered so the choice is a pure function.</summary>
/// <param name="Jsonl"><c>--output jsonl</c>: stdout is for machines.</param>
/// <param name="PlainOption"><c>--plain</c>.</param>
/// <param name="StdoutRedirected">stdout is a file or a pipe rather than a terminal.</param>
/// <param name="Ci">The CI environment variable's value, if set.</param>
/// <param name="Term">The TERM environment variable's value, if set.</param>
/// <param name="AnsiSupported">Whether Spectre.Console found the terminal able to move the cursor.</param>
internal sealed record RunViewConditions(bool Jsonl, bool PlainOption, bool StdoutRedirected, string? Ci, string? Term, bool AnsiSupported);

internal static class RunViewChoice
{
    /// <summary>
    /// The live view only on an interactive terminal that can redraw; everything else (pipes, files, CI logs, dumb
    /// terminals, JSON lines, <c>--plain</c>) gets today's plain lines, which tests and scripts read.
    /// NO_COLOR is not a reason for plain lines: it asks for no colour (https://no-color.org), which Spectre.Console honours.
    /// </summary>
    public static RunView Choose(RunViewConditions conditions) =>
        conditions.Jsonl
        || conditions.PlainOption
        || conditions.StdoutRedirected
        || IsCi(conditions.Ci)
        || string.Equals(conditions.Term, "dumb", StringComparison.Ordinal)
        || !conditions.AnsiSupported
            ? RunView.Plain
            : RunView.Live;

    /// <summary>CI=true, CI=1, CI=yes ... count; unset, empty, "false" and "0" do not.</summary>
    public static bool IsCi(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && !value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase)
        && value.Trim() != "0";

    /// <summary>The conditions of this process, with <paramref name="console"/> being the console the live view would use.</summary>
    public static RunViewConditions Current(bool jsonl, bool plainOption, IAnsiConsole console) => new(
        jsonl,
        plainOption,
        Console.IsOutputRedirected,
        Environment.GetEnvironmentVariable("CI"),
        Environment.GetEnvironmentVariable("TERM"),
        console.Profile.Capabilities.Ansi);
}
