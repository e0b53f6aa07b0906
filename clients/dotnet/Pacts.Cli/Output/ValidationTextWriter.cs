using System.Globalization;
using Pacts.Cli.Validation;
using Pacts.V1;

namespace Pacts.Cli.Output;

/// <summary>
/// <c>validate</c>'s text output: one line per error in the compiler shape editors and CI annotate
/// (<c>path:line:column: error: message</c>), one <c>path: ok (…)</c> line per valid file.
/// </summary>
internal static class ValidationTextWriter
{
    /// <summary>How the service marks an error in the --data file (its line and column are the CSV's).</summary>
    private const string DataFilePrefix = "data file: ";

    public static void Write(TextWriter output, FileValidation validation, string? dataPath)
    {
        var path = validation.File.Path;
        if (validation.Response.Valid)
        {
            output.WriteLine($"{path}: ok ({Counts(validation.Response)})");
            return;
        }

        foreach (var error in validation.Response.Errors)
        {
            // An editor should open the CSV, not the requirement, at a data row's line.
            output.WriteLine(dataPath is not null && error.Message.StartsWith(DataFilePrefix, StringComparison.Ordinal)
                ? ErrorLine(dataPath, new PlanError(error) { Message = error.Message[DataFilePrefix.Length..] })
                : ErrorLine(path, error));
        }

        if (validation.Response.Errors.Count == 0)
        {
            output.WriteLine($"{path}: error: the service found this requirement invalid but gave no reason");
        }
    }

    /// <summary>"3 files valid, 1 invalid".</summary>
    public static string Summary(int valid, int invalid) => $"{Plural(valid, "file")} valid, {invalid} invalid";

    public static string ErrorLine(string path, PlanError error)
    {
        var position = (error.Line, error.Column) switch
        {
            ( > 0, > 0) => $":{error.Line}:{error.Column}",
            ( > 0, _) => $":{error.Line}",
            _ => "",
        };
        var line = $"{path}{position}: error: {OneLine(error.Message)}";
        return error.Suggestion.Length > 0 ? $"{line} (did you mean: {OneLine(error.Suggestion)})" : line;
    }

    private static string Counts(ValidateRequirementResponse response)
    {
        var cases = response.Plan?.TestCases ?? [];
        var counts = $"{Plural(cases.Count, "test case")}, {Plural(cases.Sum(testCase => testCase.Steps.Count), "step")}";
        return response.LlmCalls > 0 ? $"{counts}, {Plural(response.LlmCalls, "LLM call")}" : counts;
    }

    private static string Plural(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    // One diagnostic is one line, whatever the message holds, so line-based tools never split it.
    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
