namespace Pacts.Agents.Planning;

/// <summary>The formats a requirement can be written in. <see cref="Auto"/> decides from the name and the content.</summary>
public enum RequirementFormat
{
    Auto,
    Text,
    Json,
    Yaml,
}

/// <summary>What the planner is asked to plan.</summary>
/// <param name="Variables">Per-request variables; a name starting with <c>secret:</c> marks the variable secret.</param>
/// <param name="DataCsv">A CSV data file's content (header row, then one row per test case instance).</param>
/// <param name="SecretNames">Further variable names to treat as secret.</param>
public sealed record PlanRequest(
    string Name,
    string Content,
    RequirementFormat Format = RequirementFormat.Auto,
    IReadOnlyDictionary<string, string>? Variables = null,
    string? DataCsv = null,
    IReadOnlyCollection<string>? SecretNames = null);

/// <summary>A requirement as a format reader produced it: test cases with their step sources, not yet bound.</summary>
internal sealed record RequirementDocument(string Name, IReadOnlyList<CaseSource> Cases);

/// <summary>One test case as written. <paramref name="DataHeaderSecrets"/> names the data columns marked <c>secret:</c>.</summary>
internal sealed record CaseSource(
    string Title,
    string? Url,
    int UrlLine,
    int UrlColumn,
    string? Description,
    int Line,
    IReadOnlyList<DataRow> Data,
    IReadOnlyList<StepSource> Steps)
{
    public IReadOnlyCollection<string> DataHeaderSecrets { get; init; } = [];
}

/// <summary>
/// One written step. <see cref="Drafts"/> is set when the reader already knows the steps (a structured spec step); when
/// null, the grammar reads <see cref="Text"/> (and, failing that, the LLM fallback).
/// </summary>
/// <param name="Origin">Who read it: grammar, spec or llm (null means grammar).</param>
internal sealed record StepSource(int Line, int Column, string Text, bool IsExpectation, IReadOnlyList<StepDraft>? Drafts = null, string? Origin = null);

/// <summary>
/// A structured step as JSON and YAML specs (and the LLM fallback) write it:
/// <c>{action, target, value, values, within, ordinal, kind, expect}</c>. <c>within</c> is a text for the repeated
/// item that contains it, or <c>section:Name</c>, <c>row:Text</c>, <c>dialog</c>, <c>dialog:Name</c>;
/// <c>ordinal</c> is a number, <c>first</c> or <c>last</c>.
/// </summary>
public sealed record SpecStep(
    string Action,
    string? Target = null,
    string? Value = null,
    IReadOnlyList<string>? Values = null,
    string? Within = null,
    string? Ordinal = null,
    string? Kind = null,
    string? Expect = null);
