using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Pacts.Cli.Validation;
using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>
/// <c>validate --output json</c>: one JSON document for all the files, snake_case names, empty and absent fields
/// left out. Secret values arrive masked from the service and are written as they came.
/// </summary>
internal static class ValidationJsonWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        // Requirement text is shown as written (quotes, ›, •••), not as \u escapes; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, IEnumerable<FileValidation> validations)
    {
        var document = new Document([.. validations.Select(ToFile)]);
        output.WriteLine(JsonSerializer.Serialize(document, Options));
        output.Flush();
    }

    private static FileReport ToFile(FileValidation validation)
    {
        var response = validation.Response;
        return new FileReport(
            validation.File.Path,
            validation.Valid,
            validation.Error is null ? FormatName(response.Format) : null,
            response.LlmCalls > 0 ? response.LlmCalls : null,
            response.Errors.Count > 0 ? [.. response.Errors.Select(ToError)] : null,
            response.Plan is { } plan ? ToPlan(plan) : null);
    }

    private static string? FormatName(RequirementFormat format) => format switch
    {
        RequirementFormat.Text => "text",
        RequirementFormat.Json => "json",
        RequirementFormat.Yaml => "yaml",
        _ => null,
    };

    private static ErrorReport ToError(PlanError error) =>
        new(Positive(error.Line), Positive(error.Column), error.Message, Text(error.Suggestion));

    private static PlanReport ToPlan(Plan plan) =>
        new(Text(plan.RequirementName), [.. plan.TestCases.Select(ToTestCase)]);

    private static TestCaseReport ToTestCase(TestCase testCase) => new(
        testCase.Title,
        Text(testCase.Url),
        Positive(testCase.Line),
        Text(testCase.Description),
        testCase.DataRow is { } row ? new DataRowReport(row.Number, Positive(row.Line), row.Values.ToDictionary()) : null,
        [.. testCase.Steps.Select(ToStep)]);

    private static StepReport ToStep(PlanStep step) => new(
        step.Index,
        step.Kind switch
        {
            StepKind.Action => "action",
            StepKind.Assertion => "assertion",
            StepKind.Expected => "expected",
            _ => null,
        },
        step.Action,
        Text(step.Target),
        Text(step.Value),
        step.Values.Count > 0 ? [.. step.Values] : null,
        Text(step.Scope),
        Text(step.ElementKind),
        step.Ordinal != 0 ? step.Ordinal : null,
        Positive(step.Line),
        Positive(step.Column),
        Text(step.Text),
        Text(step.Source));

    private static string? Text(string value) => value.Length > 0 ? value : null;

    private static int? Positive(int value) => value > 0 ? value : null;

    private sealed record Document(IReadOnlyList<FileReport> Files);

    private sealed record FileReport(
        string Path, bool Valid, string? Format, int? LlmCalls, IReadOnlyList<ErrorReport>? Errors, PlanReport? Plan);

    private sealed record ErrorReport(int? Line, int? Column, string Message, string? Suggestion);

    private sealed record PlanReport(string? RequirementName, IReadOnlyList<TestCaseReport> TestCases);

    private sealed record TestCaseReport(
        string Title, string? Url, int? Line, string? Description, DataRowReport? DataRow, IReadOnlyList<StepReport> Steps);

    private sealed record DataRowReport(int Number, int? Line, IReadOnlyDictionary<string, string> Values);

    private sealed record StepReport(
        int Index,
        string? Kind,
        string Action,
        string? Target,
        string? Value,
        IReadOnlyList<string>? Values,
        string? Scope,
        string? ElementKind,
        int? Ordinal,
        int? Line,
        int? Column,
        string? Text,
        string? Source);
}
