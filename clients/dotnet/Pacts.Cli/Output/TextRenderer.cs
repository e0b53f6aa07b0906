using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>
/// Human output: a header per test case, one line per finished step, a note per heal, and a summary per run.
/// Steps are printed when they finish, so each line carries its verdict, where the element came from and how long it took.
/// When test cases run at once, one of them prints as it goes and the others are held, so each test case's lines stay
/// together and test cases come out in plan order.
/// </summary>
internal sealed class TextRenderer(TextWriter output, string requirementName, Palette palette) : IRunEventSink
{
    private const int MaxTextWidth = 48;
    private const int SourceWidth = 16;

    private readonly Dictionary<(int Case, int Step), StepState> _steps = [];
    private readonly SortedDictionary<int, StringWriter> _held = [];
    private readonly HashSet<int> _finished = [];
    private int? _printing;
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
                var opened = runEvent.TestCaseStarted.TestCaseIndex;
                if (_printing is null && _held.Count == 0)
                {
                    _printing = opened;
                }
                else
                {
                    _held[opened] = new StringWriter();
                }

                Line(opened, palette.Bold($"{requirementName} › {runEvent.TestCaseStarted.Title}"));
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
                Line(runEvent.StepHealed.TestCaseIndex, palette.Yellow(HealNote(runEvent.StepHealed)));
                break;
            case RunEvent.KindOneofCase.StepFinished:
                Line(runEvent.StepFinished.TestCaseIndex, StepLine(runEvent.StepFinished));
                break;
            case RunEvent.KindOneofCase.TestCaseFinished:
                CaseFinished(runEvent.TestCaseFinished.TestCaseIndex);
                break;
            case RunEvent.KindOneofCase.RunFinished:
                Release(all: true);
                RunSummaryWriter.Write(output, runEvent.RunFinished, palette);
                break;
            default:
                break;
        }

        output.Flush();
    }

    private void Line(int testCase, string line)
    {
        if (_held.TryGetValue(testCase, out var held))
        {
            held.WriteLine(line);
        }
        else
        {
            output.WriteLine(line);
        }
    }

    private void CaseFinished(int testCase)
    {
        _finished.Add(testCase);
        if (_printing == testCase)
        {
            _printing = null;
            Release(all: false);
        }
    }

    // Prints held test cases in plan order: each finished one whole, then the first still running, which from then on
    // prints as it goes (or every one, when the run has finished).
    private void Release(bool all)
    {
        while (_held.Count > 0)
        {
            var (next, lines) = _held.First();
            _held.Remove(next);
            output.Write(lines.ToString());
            lines.Dispose();
            if (!all && !_finished.Contains(next))
            {
                _printing = next;
                return;
            }
        }
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
