using Pacts.Agents.Planning;

namespace Pacts.Agents.Orchestration;

/// <summary>What a caller asks to run: the requirement text, and where and how to run it.</summary>
public sealed record RunRequest(string RequirementName, string Content, string? BaseUrl, IReadOnlyDictionary<string, string> Labels);

/// <summary>A planned run, ready to start.</summary>
public sealed record PlannedRun(RunRequest Request, Plan Plan);
