using Google.Protobuf.WellKnownTypes;
using Pacts.Agents.Orchestration;
using static Pacts.Service.Grpc.PlanMapper;

namespace Pacts.Service.Grpc;

/// <summary>Domain run events to <c>pacts.v1.RunEvent</c>; generated types never leave this project.</summary>
internal static class EventMapper
{
    public static V1.RunEvent Map(RunEvent runEvent)
    {
        var proto = new V1.RunEvent { RunId = runEvent.RunId, Sequence = runEvent.Sequence, At = Timestamp.FromDateTimeOffset(runEvent.At) };
        switch (runEvent.Body)
        {
            case RunStartedBody b:
                proto.RunStarted = new V1.RunStarted { Plan = ToProto(b.Plan) };
                break;
            case TestCaseStartedBody b:
                proto.TestCaseStarted = new V1.TestCaseStarted { TestCaseIndex = b.TestCaseIndex, Title = b.Title, Url = b.Url };
                break;
            case StepStartedBody b:
                proto.StepStarted = new V1.StepStarted { TestCaseIndex = b.TestCaseIndex, StepIndex = b.Step.Index, Action = b.Step.ActionName, Text = b.Step.Text, Line = b.Step.Line };
                break;
            case ElementResolvedBody b:
                proto.ElementResolved = new V1.ElementResolved
                {
                    TestCaseIndex = b.TestCaseIndex, StepIndex = b.StepIndex, Source = ToProto(b.Origin), Locator = b.Locator,
                    Score = b.Score, Margin = b.Margin, DurationMs = b.DurationMs,
                };
                break;
            case StepHealedBody b:
                proto.StepHealed = new V1.StepHealed
                {
                    TestCaseIndex = b.TestCaseIndex, StepIndex = b.StepIndex, Healed = b.Healed, OldLocator = b.OldLocator ?? "",
                    NewLocator = b.NewLocator ?? "", Strategy = b.Strategy, Similarity = b.Similarity, Round = b.Round, Note = b.Note,
                };
                proto.StepHealed.StrategiesTried.Add(b.StrategiesTried);
                break;
            case AssertionCheckedBody b:
                proto.AssertionChecked = new V1.AssertionChecked
                {
                    TestCaseIndex = b.TestCaseIndex, StepIndex = b.StepIndex, Passed = b.Passed, Description = b.Description,
                    Expected = b.Expected ?? "", Actual = b.Actual ?? "",
                };
                break;
            case StepFinishedBody b:
                proto.StepFinished = new V1.StepFinished
                {
                    TestCaseIndex = b.TestCaseIndex, StepIndex = b.StepIndex, Status = ToProto(b.State), DurationMs = b.DurationMs,
                    Source = ToProto(b.Origin), Message = b.Message ?? "",
                };
                break;
            case TestCaseFinishedBody b:
                proto.TestCaseFinished = new V1.TestCaseFinished { TestCaseIndex = b.TestCaseIndex, Status = ToProto(b.State), DurationMs = b.DurationMs };
                break;
            case ArtifactRecordedBody b:
                proto.ArtifactRecorded = new V1.ArtifactRecorded { TestCaseIndex = b.TestCaseIndex, StepIndex = b.StepIndex, Name = b.Name, Kind = b.Kind };
                break;
            case RunFinishedBody b:
                proto.RunFinished = MapFinished(b);
                break;
            default:
                throw new InvalidOperationException($"No mapping for {runEvent.Body.GetType().Name}.");
        }

        return proto;
    }

    private static V1.RunFinished MapFinished(RunFinishedBody b)
    {
        var finished = new V1.RunFinished
        {
            Status = PlanMapper.ToProto(b.State),
            TestCasesPassed = b.Counts.TestCasesPassed,
            TestCasesFailed = b.Counts.TestCasesFailed,
            StepsPassed = b.Counts.StepsPassed,
            StepsFailed = b.Counts.StepsFailed,
            DurationMs = b.DurationMs,
            LlmCalls = b.LlmCalls,
            Message = b.Message,
        };
        finished.Failures.AddRange(b.Failures.Select(f => new V1.StepFailure
        {
            TestCaseIndex = f.TestCaseIndex, TestCaseTitle = f.TestCaseTitle, StepIndex = f.StepIndex, Line = f.Line, Text = f.Text,
            Message = f.Message, Expected = f.Expected ?? "", Actual = f.Actual ?? "",
        }));
        return finished;
    }
}
