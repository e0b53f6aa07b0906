using System.Text.RegularExpressions;

namespace Pacts.Agents.Planning;

/// <summary>
/// Reads the plain-text requirement format: <c>Test:</c>, <c>URL:</c>, <c>Description:</c>, <c>Data:</c>,
/// <c>Test Steps:</c> and <c>Expected:</c> sections; several <c>Test:</c> blocks are several test cases. A <c>Data:</c>
/// table before the first <c>Test:</c> applies to every test case without its own. Every problem is reported with its
/// line and column; nothing is dropped.
/// </summary>
internal static partial class PlainTextParser
{
    private enum Section
    {
        None,
        Steps,
        Expected,
        Data,
        Form,
    }

    /// <summary>Plans a plain-text requirement with the grammar alone (no LLM, no variables bound).</summary>
    public static PlanResult Parse(string requirementName, string content)
    {
        var errors = new List<PlanError>();
        var document = Read(requirementName, content, errors);
        return Binder.Bind(document, BindingInput.None, errors);
    }

    public static RequirementDocument Read(string requirementName, string content, List<PlanError> errors)
    {
        ArgumentNullException.ThrowIfNull(content);
        var cases = new List<CaseSource>();
        var fileData = new DataTable();
        CaseBuilder? current = null;
        var section = Section.None;
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');

        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var raw = lines[i].TrimEnd();
            var trimmed = raw.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#') || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                if (section == Section.Form && trimmed.Length == 0)
                {
                    section = Section.Steps;
                }

                continue;
            }

            var column = raw.Length - raw.TrimStart().Length + 1;
            var header = Header().Match(trimmed);
            if (header.Success)
            {
                var name = Regex.Replace(header.Groups["name"].Value.ToUpperInvariant(), @"\s+", " ");
                var rest = header.Groups["rest"].Value.Trim();
                var restColumn = column + header.Groups["rest"].Index + (header.Groups["rest"].Value.Length - header.Groups["rest"].Value.TrimStart().Length);
                switch (name)
                {
                    case "TEST" or "TEST CASE" or "SCENARIO" or "TITLE" or "TEST NAME":
                        Close(current, cases, fileData, errors);
                        current = new CaseBuilder(rest.Length > 0 ? rest : requirementName, lineNumber);
                        section = Section.None;
                        break;
                    case "URL" or "START URL" or "BASE URL" or "STARTING URL" or "PAGE":
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        current.Url = rest;
                        current.UrlLine = lineNumber;
                        current.UrlColumn = restColumn;
                        break;
                    case "DESCRIPTION" or "PRECONDITIONS" or "PRECONDITION" or "OBJECTIVE" or "SUMMARY":
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        current.Description = current.Description is null ? rest : current.Description + " " + rest;
                        section = Section.None;
                        break;
                    case "DATA" or "TEST DATA" or "EXAMPLES":
                        section = Section.Data;
                        if (current is not null)
                        {
                            current.Data.Line = lineNumber;
                        }
                        else
                        {
                            fileData.Line = lineNumber;
                        }

                        if (rest.Length > 0)
                        {
                            errors.Add(new PlanError(lineNumber, restColumn, "put the data table on the lines after 'Data:' (a header row, then one row per run)", "| username | password |"));
                        }

                        break;
                    case "STEPS" or "TEST STEPS" or "ACTIONS" or "PROCEDURE":
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        section = Section.Steps;
                        if (rest.Length > 0)
                        {
                            AddLine(current, Section.Steps, rest, lineNumber, restColumn);
                        }

                        break;
                    default:
                        current ??= new CaseBuilder(requirementName, lineNumber);
                        section = Section.Expected;
                        if (rest.Length > 0)
                        {
                            AddLine(current, section, rest, lineNumber, restColumn);
                        }

                        break;
                }

                continue;
            }

            if (section == Section.Data)
            {
                (current?.Data ?? fileData).Add(trimmed, lineNumber, column, errors);
                continue;
            }

            if (current is null || section == Section.None)
            {
                if (current is not null && current.Description is not null && section == Section.None && current.Steps.Count == 0)
                {
                    current.Description += " " + trimmed;
                    continue;
                }

                errors.Add(new PlanError(lineNumber, column, $"'{Shorten(trimmed)}' is outside any section; put steps under 'Test Steps:' and checks under 'Expected:'", "Test Steps:"));
                continue;
            }

            var bullet = Bullet().Match(trimmed);
            var text = trimmed[bullet.Length..];
            if (section == Section.Form)
            {
                if (StepGrammar.ReadFormLine(text) is { } fill && !bullet.Groups["number"].Success)
                {
                    current.Steps.Add(new StepSource(lineNumber, column + bullet.Length, text, false, [fill]));
                    continue;
                }

                section = Section.Steps;
            }

            if (AddLine(current, section, text, lineNumber, column + bullet.Length))
            {
                section = Section.Form;
            }
        }

        Close(current, cases, fileData, errors);
        if (cases.Count == 0 && errors.Count == 0)
        {
            errors.Add(new PlanError(1, 1, "the requirement has no test case: start one with 'Test: <title>', 'URL: <address>' and 'Test Steps:'", "Test: <title>"));
        }

        return new RequirementDocument(requirementName, cases);
    }

    /// <summary>Adds a step or expectation line; returns true when it opens a "Fill in the form:" block.</summary>
    private static bool AddLine(CaseBuilder current, Section section, string text, int line, int column)
    {
        var expectation = section == Section.Expected;
        var read = StepGrammar.Read(text, expectation);
        if (read.OpensForm)
        {
            return true;
        }

        var target = expectation ? current.Expectations : current.Steps;
        target.Add(new StepSource(line, column, text, expectation, read.Success ? read.Steps : null));
        return false;
    }

    private static void Close(CaseBuilder? current, List<CaseSource> cases, DataTable fileData, List<PlanError> errors)
    {
        if (current is null)
        {
            return;
        }

        var data = current.Data.Rows.Count > 0 ? current.Data : fileData;
        cases.Add(new CaseSource(
            current.Title,
            current.Url,
            current.UrlLine,
            current.UrlColumn,
            current.Description,
            current.Line,
            data.Rows,
            [.. current.Steps, .. current.Expectations])
        {
            DataHeaderSecrets = data.Secrets,
        });
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex("""^(?<name>test\s+case|test\s+steps|test\s+name|test\s+data|test|scenario|title|start(?:ing)?\s+url|base\s+url|url|page|description|preconditions?|objective|summary|data|examples|steps|actions|procedure|expected\s+results?|expected\s+outcomes?|expected|expectations|then|verification|acceptance\s+criteria)\s*:(?<rest>.*)$""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex("""^(?:(?<number>\d+)\s*[.)]\s*|[-*•+]\s+|step\s+\d+\s*[:.)-]\s*|\[\s?\]\s+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Bullet();

    private sealed class CaseBuilder(string title, int line)
    {
        public string Title { get; } = title;

        public int Line { get; } = line;

        public string? Url { get; set; }

        public int UrlLine { get; set; } = line;

        public int UrlColumn { get; set; } = 1;

        public string? Description { get; set; }

        public DataTable Data { get; } = new();

        public List<StepSource> Steps { get; } = [];

        public List<StepSource> Expectations { get; } = [];
    }
}
