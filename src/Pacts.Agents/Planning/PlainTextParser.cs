using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Reads the plain-text requirement format: <c>Test:</c>, <c>URL:</c>, <c>Description:</c>, <c>Test Steps:</c> and
/// <c>Expected:</c> sections; several <c>Test:</c> blocks are several test cases. Every problem is reported with its
/// line and column; nothing is dropped.
/// </summary>
internal static partial class PlainTextParser
{
    private enum Section
    {
        None,
        Steps,
        Expected,
    }

    public static PlanResult Parse(string requirementName, string content)
    {
        var errors = new List<PlanError>();
        var cases = new List<TestCasePlan>();
        CaseBuilder? current = null;
        var section = Section.None;
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i];
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var column = raw.Length - raw.TrimStart().Length + 1;
            var header = Header().Match(trimmed);
            if (header.Success)
            {
                var name = header.Groups["name"].Value.ToUpperInvariant();
                var rest = header.Groups["rest"].Value.Trim();
                switch (name)
                {
                    case "TEST" or "TEST CASE" or "SCENARIO" or "TITLE":
                        Close(current, cases, errors);
                        current = new CaseBuilder(rest.Length > 0 ? rest : requirementName, lineNumber);
                        section = Section.None;
                        break;
                    case "URL" or "START URL" or "BASE URL":
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        current.Url = rest;
                        current.UrlLine = lineNumber;
                        break;
                    case "DESCRIPTION":
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        current.Description = rest;
                        break;
                    case "STEPS" or "TEST STEPS":
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        section = Section.Steps;
                        break;
                    default:
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        section = Section.Expected;
                        if (rest.Length > 0)
                        {
                            AddLine(current, section, rest, lineNumber, column + header.Groups["rest"].Index, errors);
                        }

                        break;
                }

                continue;
            }

            if (current is null || section == Section.None)
            {
                errors.Add(new PlanError(lineNumber, column, $"'{trimmed}' is outside any section; put steps under 'Test Steps:' and checks under 'Expected:'", null));
                continue;
            }

            var bullet = Bullet().Match(trimmed);
            AddLine(current, section, trimmed[bullet.Length..], lineNumber, column + bullet.Length, errors);
        }

        Close(current, cases, errors);
        if (cases.Count == 0 && errors.Count == 0)
        {
            errors.Add(new PlanError(1, 1, "The requirement has no test case: start one with 'Test: <title>', 'URL: <address>' and 'Test Steps:'", null));
        }

        return errors.Count == 0 ? new PlanResult(new Plan(requirementName, cases), errors) : new PlanResult(null, errors);
    }

    private static void AddLine(CaseBuilder current, Section section, string text, int line, int column, List<PlanError> errors)
    {
        var draft = section == Section.Steps ? StepGrammar.ReadStep(text) : StepGrammar.ReadExpectation(text);
        if (draft is null)
        {
            var what = section == Section.Steps ? "step" : "expected result";
            errors.Add(new PlanError(line, column, $"cannot read the {what} '{text}'", Suggestions.For(text, section == Section.Expected)));
            return;
        }

        (section == Section.Steps ? current.Steps : current.Expectations).Add((draft, line, text));
    }

    private static void Close(CaseBuilder? current, List<TestCasePlan> cases, List<PlanError> errors)
    {
        if (current is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(current.Url))
        {
            errors.Add(new PlanError(current.Line, 1, $"test case '{current.Title}' has no 'URL:' line", "URL: https://example.com/"));
        }
        else if (!Uri.TryCreate(current.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https" or "file" or "data"))
        {
            errors.Add(new PlanError(current.UrlLine, 6, $"'{current.Url}' is not an absolute http or https address", null));
        }

        if (current.Steps.Count + current.Expectations.Count == 0)
        {
            errors.Add(new PlanError(current.Line, 1, $"test case '{current.Title}' has no steps", null));
        }

        var index = 0;
        var steps = current.Steps.Select(s => ToStep(s, ++index, false))
            .Concat(current.Expectations.Select(s => ToStep(s, ++index, true)))
            .ToList();
        cases.Add(new TestCasePlan(current.Title, current.Url ?? string.Empty, current.Description, steps, current.Line));
    }

    private static PlanStep ToStep((StepDraft Draft, int Line, string Text) s, int index, bool expectation) =>
        new(index, s.Draft.Action, s.Draft.Target, s.Draft.Value, s.Draft.Values, s.Draft.Scope, s.Draft.ElementKind, s.Draft.Ordinal, s.Line, 1, s.Text, expectation);

    [GeneratedRegex("""^(?<name>test case|test steps|test|scenario|title|start url|base url|url|description|steps|expected results?|expected)\s*:(?<rest>.*)$""", RegexOptions.IgnoreCase)]
    private static partial Regex Header();

    [GeneratedRegex("""^(?:\d+\s*[.)]\s*|[-*•]\s+|step\s+\d+\s*[:.)]\s*)""", RegexOptions.IgnoreCase)]
    private static partial Regex Bullet();

    private sealed class CaseBuilder(string title, int line)
    {
        public string Title { get; } = title;

        public int Line { get; } = line;

        public string? Url { get; set; }

        public int UrlLine { get; set; } = line;

        public string? Description { get; set; }

        public List<(StepDraft Draft, int Line, string Text)> Steps { get; } = [];

        public List<(StepDraft Draft, int Line, string Text)> Expectations { get; } = [];
    }
}
