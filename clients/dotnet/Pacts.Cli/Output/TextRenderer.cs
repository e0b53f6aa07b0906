using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>
/// Human output: a header per test case, one line per finished step, a note per heal, and a summary per run.
/// Steps are printed when they finish, so each line carries its verdict, where the element came from and how long it took.
/// </summary>
internal sealed class TextRenderer(TextWriter output, string requirementName, Palette palette) : IRunEventSink
{
    private const int MaxTextWidth = 48;
    private const int SourceWidth = 16;

    private readonly Dictionary<(int Case, int Step), StepState> _steps = [];
    private int _indexWidth = 1;
    private int _textWidth = 32;

    public void OnEvent(RunEvent runEvent)
    {
        switch (runEvent.KindCase)
        {
            case RunEvent.KindOneofCase.RunStarted:
                MeasurePlan(runEvent.RunStarted.Plan);
                break;
            case RunEvent.KindOneofCase.TestCaseStarted:
                output.WriteLine(palette.Bold($"{requirementName} › {runEvent.TestCaseStarted.Title}"));
                break;
            case RunEvent.KindOneofCase.StepStarted:
                var started = runEvent.StepStarted;
                _steps[(started.TestCaseIndex, started.StepIndex)] = new StepState(started.Action, started.Text);
                break;
            case RunEvent.KindOneofCase.ElementResolved:
                var resolved = runEvent.ElementResolved;
                var state = Step(resolved.TestCaseIndex, resolved.StepIndex);
                state.Source = resolved.Source;
                state.Score = resolved.Score;
                break;
            case RunEvent.KindOneofCase.AssertionChecked:
                var check = runEvent.AssertionChecked;
                var checkedStep = Step(check.TestCaseIndex, check.StepIndex);
                checkedStep.Mismatch = check.Passed ? "" : Labels.Mismatch(check.Expected, check.Actual);
                break;
            case RunEvent.KindOneofCase.StepHealed:
                output.WriteLine(palette.Yellow(HealNote(runEvent.StepHealed)));
                break;
            case RunEvent.KindOneofCase.StepFinished:
                output.WriteLine(StepLine(runEvent.StepFinished));
                break;
            case RunEvent.KindOneofCase.RunFinished:
                RunSummaryWriter.Write(output, runEvent.RunFinished, palette);
                break;
            default:
                break;
        }

        output.Flush();
    }

    private StepState Step(int testCase, int step)
    {
        if (!_steps.TryGetValue((testCase, step), out var state))
        {
            state = new StepState("", "");
            _steps[(testCase, step)] = state;
        }

        return state;
    }

    private void MeasurePlan(Plan? plan)
    {
        var steps = plan?.TestCases.SelectMany(testCase => testCase.Steps).ToList() ?? [];
        if (steps.Count == 0)
        {
            return;
        }

        _indexWidth = steps.Max(step => step.Index).ToString(System.Globalization.CultureInfo.InvariantCulture).Length;
        _textWidth = Math.Min(MaxTextWidth, steps.Max(step => step.Text.Length));
    }

    private string StepLine(StepFinished finished)
    {
        var state = Step(finished.TestCaseIndex, finished.StepIndex);
        var source = finished.Source != ElementSource.Unspecified ? finished.Source : state.Source;
        var score = source == state.Source && state.Score > 0 ? state.Score : (double?)null;

        var mark = finished.Status switch
        {
            StepStatus.Passed => palette.Green("✓"),
            StepStatus.Failed => palette.Red("✗"),
            _ => palette.Dim("–"),
        };
        var index = finished.StepIndex.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(_indexWidth);
        var action = Labels.Action(state.Action).PadRight(9);
        var text = state.Text.PadRight(_textWidth);
        var detail = finished.Status switch
        {
            StepStatus.Failed => palette.Red(FailureDetail(finished, state)),
            StepStatus.Skipped => palette.Dim("skipped".PadRight(SourceWidth)),
            _ => palette.Dim(Labels.Source(source, score).PadRight(SourceWidth)),
        };
        var duration = palette.Dim(Labels.Duration(finished.DurationMs).PadLeft(7));
        return $"  {mark} {index} {action} {text}  {detail}  {duration}";
    }

    private static string FailureDetail(StepFinished finished, StepState state)
    {
        var detail = state.Mismatch.Length > 0 ? state.Mismatch : finished.Message;
        return detail.PadRight(SourceWidth);
    }

    private static string HealNote(StepHealed heal)
    {
        var how = heal.Strategy.Length > 0 ? $" ({heal.Strategy}, round {heal.Round})" : $" (round {heal.Round})";
        var text = heal.Healed
            ? $"      ↻ healed{how}: {heal.OldLocator} → {heal.NewLocator}, similarity {heal.Similarity:0.00}"
            : $"      ↻ heal failed{how}";
        return heal.Note.Length > 0 ? $"{text}: {heal.Note}" : text;
    }

    private sealed class StepState(string action, string text)
    {
        public string Action { get; } = action;

        public string Text { get; } = text;

        public ElementSource Source { get; set; }

        public double Score { get; set; }

        public string Mismatch { get; set; } = "";
    }
}
