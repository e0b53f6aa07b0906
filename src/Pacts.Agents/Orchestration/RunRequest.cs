using Pacts.Agents.Planning;

namespace Pacts.Agents.Orchestration;

/// <summary>What a caller asks to run: the requirement, what it is bound with, and where and how to run it.</summary>
public sealed record RunRequest(string RequirementName, string Content, string? BaseUrl, IReadOnlyDictionary<string, string> Labels)
{
    public RequirementFormat Format { get; init; } = RequirementFormat.Auto;

    public IReadOnlyDictionary<string, string> Variables { get; init; } = new Dictionary<string, string>();

    /// <summary>Secret variables: bound like <see cref="Variables"/>, never shown or stored.</summary>
    public IReadOnlyDictionary<string, string> Secrets { get; init; } = new Dictionary<string, string>();

    public string? DataCsv { get; init; }

    /// <summary>Test cases to run at once (1: one after another); the service caps it at <c>Execution:MaxParallelCases</c>.</summary>
    public int Parallel { get; init; } = 1;

    public PlanRequest ToPlanRequest()
    {
        var variables = new Dictionary<string, string>(Variables, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in Secrets)
        {
            variables[name] = value;
        }

        return new PlanRequest(RequirementName, Content, Format, variables, DataCsv, [.. Secrets.Keys]);
    }
}

/// <summary>A planned run, ready to start.</summary>
public sealed record PlannedRun(RunRequest Request, Plan Plan);
