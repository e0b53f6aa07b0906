using Pacts.Storage.Runs;
using Domain = Pacts.Agents.Planning;

namespace Pacts.Service.Grpc;

/// <summary>Plans, runs and states from the domain to their proto messages.</summary>
internal static class PlanMapper
{
    /// <summary>The plan as the API shows it: secret values masked.</summary>
    public static V1.Plan ToProto(Domain.Plan plan)
    {
        var secrets = plan.Secrets;
        var result = new V1.Plan { RequirementName = plan.RequirementName };
        foreach (var testCase in plan.TestCases)
        {
            var proto = new V1.TestCase
            {
                Title = secrets.Mask(testCase.Title)!,
                Url = secrets.Mask(testCase.Url)!,
                Line = testCase.Line,
                Description = secrets.Mask(testCase.Description) ?? "",
            };
            if (testCase.Row is { } row)
            {
                var data = new V1.DataRow { Number = row.Number, Line = row.Line };
                foreach (var (name, value) in row.Values)
                {
                    data.Values[name] = secrets.Mask(value);
                }

                proto.DataRow = data;
            }

            proto.Steps.AddRange(testCase.Steps.Select(s => ToProto(s, secrets)));
            result.TestCases.Add(proto);
        }

        return result;
    }

    public static V1.PlanStep ToProto(Domain.PlanStep step, Domain.SecretMask secrets)
    {
        var proto = new V1.PlanStep
        {
            Index = step.Index,
            Kind = step.IsExpectation ? V1.StepKind.Expected : step.IsAssertion ? V1.StepKind.Assertion : V1.StepKind.Action,
            Action = step.ActionName,
            Target = secrets.Mask(step.Target) ?? "",
            Value = secrets.Mask(step.Value) ?? "",
            Scope = secrets.Mask(step.Scope?.ToString()) ?? "",
            ElementKind = step.ElementKind ?? "",
            Line = step.Line,
            Column = step.Column,
            Text = secrets.Mask(step.Text)!,
            Ordinal = step.Ordinal ?? 0,
            Source = step.Source,
        };
        proto.Values.AddRange((step.Values ?? []).Select(v => secrets.Mask(v)));
        return proto;
    }

    public static V1.PlanError ToProto(Domain.PlanError error) => new()
    {
        Line = error.Line,
        Column = error.Column,
        Message = error.Message,
        Suggestion = error.Suggestion ?? "",
    };

    public static V1.RunSummary ToProto(RunRecord run)
    {
        var summary = new V1.RunSummary
        {
            RunId = run.RunId,
            RequirementName = run.RequirementName,
            Status = ToProto(run.State),
            StartedAt = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(run.StartedAt),
            FinishedAt = run.FinishedAt is { } f ? Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(f) : null,
            TestCasesPassed = run.Counts.TestCasesPassed,
            TestCasesFailed = run.Counts.TestCasesFailed,
            StepsPassed = run.Counts.StepsPassed,
            StepsFailed = run.Counts.StepsFailed,
            Message = run.Message ?? "",
        };
        foreach (var (key, value) in run.Labels)
        {
            summary.Labels[key] = value;
        }

        return summary;
    }

    public static V1.StepRecord ToProto(StepRecord step) => new()
    {
        TestCaseIndex = step.TestCaseIndex,
        StepIndex = step.StepIndex,
        Action = step.Action,
        Text = step.Text,
        Status = ToProto(step.State),
        Source = ToProto(step.Origin),
        Locator = step.Locator ?? "",
        DurationMs = step.DurationMs,
        Message = step.Message ?? "",
        Line = step.Line,
    };

    public static V1.RunStatus ToProto(RunState state) => state switch
    {
        RunState.Running => V1.RunStatus.Running,
        RunState.Passed => V1.RunStatus.Passed,
        RunState.Failed => V1.RunStatus.Failed,
        RunState.Cancelled => V1.RunStatus.Cancelled,
        RunState.Error => V1.RunStatus.Error,
        RunState.Interrupted => V1.RunStatus.Interrupted,
        _ => V1.RunStatus.Unspecified,
    };

    public static V1.StepStatus ToProto(StepState state) => state switch
    {
        StepState.Passed => V1.StepStatus.Passed,
        StepState.Failed => V1.StepStatus.Failed,
        StepState.Skipped => V1.StepStatus.Skipped,
        _ => V1.StepStatus.Unspecified,
    };

    public static V1.ElementSource ToProto(ElementOrigin origin) => origin switch
    {
        ElementOrigin.Discovery => V1.ElementSource.Discovery,
        ElementOrigin.CacheMemory => V1.ElementSource.CacheMemory,
        ElementOrigin.CacheEmbedded => V1.ElementSource.CacheEmbedded,
        ElementOrigin.CacheRedis => V1.ElementSource.CacheRedis,
        ElementOrigin.CachePostgres => V1.ElementSource.CachePostgres,
        ElementOrigin.Heal => V1.ElementSource.Heal,
        _ => V1.ElementSource.Unspecified,
    };
}
