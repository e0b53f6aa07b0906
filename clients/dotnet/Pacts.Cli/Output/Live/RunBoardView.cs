using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pacts.Cli.Output.Live;

/// <summary>
/// Draws a <see cref="RunBoard"/> snapshot: a table with a row per requirement file and per test case (state, steps
/// done of planned, elapsed time, the running or failed step's text) and a line of totals under it. Every text from
/// the events goes in as <see cref="Text"/>, never as markup, so brackets in a step cannot be read as styles.
/// </summary>
internal static class RunBoardView
{
    /// <summary>Borders, padding and the state, steps and time columns, which never shrink.</summary>
    private const int FixedWidth = 2 + 4 + 10 + 9 + 7 + 7;
    private const int MinimumTextWidth = 12;

    /// <summary>
    /// The table for a console <paramref name="width"/> columns wide. Titles and steps are cut to fit (with …) rather
    /// than wrapped, so each file and test case keeps to one line and the live view does not jump as steps change.
    /// </summary>
    public static IRenderable Build(IReadOnlyList<FileSnapshot> files, int width)
    {
        var names = files.SelectMany(file => file.Cases.Select(testCase => testCase.Title.Length + 2).Append(file.Name.Length)).DefaultIfEmpty(4);
        var text = Math.Max(2 * MinimumTextWidth, width - FixedWidth);
        var testWidth = Math.Min(names.Max(), Math.Max(MinimumTextWidth, text / 2));
        var stepWidth = Math.Max(MinimumTextWidth, text - testWidth);
        var table = new Table()
            .Border(TableBorder.Simple)
            .AddColumn(new TableColumn("Test").Width(testWidth).NoWrap())
            .AddColumn(new TableColumn("State").NoWrap())
            .AddColumn(new TableColumn("Steps").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Time").RightAligned().NoWrap())
            .AddColumn(new TableColumn("Step").Width(stepWidth).NoWrap());
        foreach (var file in files)
        {
            table.AddRow(
                Cell(Fit(file.Name, testWidth), new Style(decoration: Decoration.Bold)),
                State(file.State),
                Cell(Count(file.StepsDone, file.StepsTotal), Style.Plain),
                Cell(Labels.Duration((long)file.Elapsed.TotalMilliseconds), Style.Plain),
                Text.Empty);
            foreach (var testCase in file.Cases)
            {
                table.AddRow(
                    Cell(Fit("  " + testCase.Title, testWidth), Style.Plain),
                    State(testCase.State),
                    Cell(Count(testCase.StepsDone, testCase.StepsTotal), Style.Plain),
                    Cell(Labels.Duration((long)testCase.Elapsed.TotalMilliseconds), Style.Plain),
                    Cell(Fit(testCase.Step, stepWidth), testCase.State == ProgressState.Failed ? new Style(Color.Red) : new Style(decoration: Decoration.Dim)));
            }
        }

        return new Rows(table, new Text(Totals(files)));
    }

    /// <summary>"5 test cases: 3 passed, 1 failed, 1 running", counting only the states present.</summary>
    public static string Totals(IReadOnlyList<FileSnapshot> files)
    {
        var cases = files.SelectMany(file => file.Cases).ToList();
        var counts = cases
            .GroupBy(testCase => testCase.State)
            .OrderBy(group => group.Key)
            .Select(group => $"{group.Count()} {Label(group.Key)}");
        var unplanned = files.Count(file => file.State is ProgressState.Invalid or ProgressState.Error && file.Cases.Count == 0);
        var head = cases.Count == 1 ? "1 test case" : $"{cases.Count} test cases";
        var totals = cases.Count > 0 ? $"{head}: {string.Join(", ", counts)}" : head;
        return unplanned > 0 ? $"{totals}; {unplanned} {(unplanned == 1 ? "file" : "files")} did not run" : totals;
    }

    public static string Label(ProgressState state) => state.ToString().ToLowerInvariant();

    private static Text State(ProgressState state) => Cell(Label(state), state switch
    {
        ProgressState.Passed => new Style(Color.Green),
        ProgressState.Failed or ProgressState.Error or ProgressState.Invalid => new Style(Color.Red, decoration: Decoration.Bold),
        ProgressState.Running => new Style(Color.Yellow),
        _ => new Style(decoration: Decoration.Dim),
    });

    private static string Count(int done, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{done}/{total}");

    private static Text Cell(string text, Style style) => new(text, style) { Overflow = Overflow.Ellipsis };

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
