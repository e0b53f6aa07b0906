using System.Text.RegularExpressions;
using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests.Planning;

/// <summary>How the grammar did on one annotated line.</summary>
internal enum LineVerdict
{
    /// <summary>The steps read are one of the annotated readings.</summary>
    AsExpected,

    /// <summary>The line is one nothing faithful can be made of, and the grammar refused it.</summary>
    RightlyRefused,

    /// <summary>The grammar refused a line that has a reading.</summary>
    Refused,

    /// <summary>The grammar read steps that are none of the annotated readings (or read a line that must be refused).</summary>
    Misread,
}

/// <summary>One step or expected line of an outsider's requirement, with the plans it may give.</summary>
/// <param name="Readings">Each acceptable reading as <see cref="StepDraft.Describe"/> lines; <c>["refuse"]</c> alone means refuse.</param>
internal sealed record AnnotatedLine(int Line, string Text, IReadOnlyList<IReadOnlyList<string>> Readings)
{
    public bool MustRefuse => Readings.Count == 1 && Readings[0] is ["refuse"];
}

/// <summary>A requirement file of the outsiders' corpus and its annotation (<c>.plan</c> beside it).</summary>
internal sealed record CorpusFile(string Path, string Batch, string Writer, string App, bool HeldBack, string Content, IReadOnlyList<AnnotatedLine> Lines);

/// <summary>The grammar's reading of one annotated line.</summary>
internal sealed record LineResult(CorpusFile File, AnnotatedLine Line, bool Expectation, LineVerdict Verdict, IReadOnlyList<string> Read, string? Error);

/// <summary>
/// The corpus written by people who never saw the grammar (<c>Planning/outsiders/</c>): requirement files under
/// <c>open/</c> (worked on) and <c>held-back/</c> (only measured), each annotated by someone else.
/// Read by the unit tests and by <c>bench/run language</c>.
/// </summary>
internal static partial class OutsiderCorpus
{
    public static IReadOnlyList<CorpusFile> Load(string root)
    {
        var files = new List<CorpusFile>();
        foreach (var txt in Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var plan = System.IO.Path.ChangeExtension(txt, ".plan");
            if (!File.Exists(plan))
            {
                continue;
            }

            var relative = System.IO.Path.GetRelativePath(root, txt).Replace('\\', '/');
            var parts = relative.Split('/');
            if (parts.Length != 4)
            {
                throw new InvalidDataException($"{relative}: expected <open|held-back>/<batch>/<writer>/<app>.txt");
            }

            files.Add(new CorpusFile(
                relative, parts[1], parts[2], System.IO.Path.GetFileNameWithoutExtension(parts[3]), parts[0] == "held-back",
                File.ReadAllText(txt), ReadPlan(plan, relative)));
        }

        return files;
    }

    /// <summary>Reads every annotated line of the file with the grammar, as the planner would.</summary>
    public static IReadOnlyList<LineResult> Evaluate(CorpusFile file)
    {
        var errors = new List<PlanError>();
        var document = PlainTextParser.Read(file.Path, file.Content, errors);
        var sources = document.Cases.SelectMany(c => c.Steps).ToDictionary(s => s.Line);
        var results = new List<LineResult>();
        foreach (var line in file.Lines)
        {
            if (!sources.TryGetValue(line.Line, out var source))
            {
                var error = errors.FirstOrDefault(e => e.Line == line.Line)?.Message ?? "the line was not read as a step or expected result";
                results.Add(new LineResult(file, line, false, line.MustRefuse ? LineVerdict.RightlyRefused : LineVerdict.Refused, [], error));
                continue;
            }

            var read = StepGrammar.Read(source.Text, source.IsExpectation);
            var steps = read.Steps.Select(s => s.Describe()).ToList();
            var verdict = (read.Error is null, line.MustRefuse) switch
            {
                (false, true) => LineVerdict.RightlyRefused,
                (false, false) => LineVerdict.Refused,
                (true, true) => LineVerdict.Misread,
                (true, false) => line.Readings.Any(r => r.Select(Canonical).SequenceEqual(steps.Select(Canonical), StringComparer.OrdinalIgnoreCase)) ? LineVerdict.AsExpected : LineVerdict.Misread,
            };
            results.Add(new LineResult(file, line, source.IsExpectation, verdict, steps, read.Error));
        }

        return results;
    }

    /// <summary>
    /// One form for readings that check the same thing (PLANS.md, "Readings that count as the same"): a text looked for
    /// inside a named section is that element's text; choosing an option and filling the same control with it are one
    /// action (the Executor chooses the option when the field is a select or a combobox).
    /// </summary>
    public static string Canonical(string step)
    {
        var scoped = ScopedText().Match(step);
        if (scoped.Success)
        {
            return $"assert_text target={scoped.Groups["scope"].Value} {scoped.Groups["value"].Value}";
        }

        var choice = Choice().Match(step);
        return choice.Success ? $"fill {choice.Groups["target"].Value} {choice.Groups["value"].Value}" : step;
    }

    /// <summary>The part of <paramref name="results"/> that counts as read right: as expected, or rightly refused.</summary>
    public static double ShareRight(IReadOnlyCollection<LineResult> results) =>
        results.Count == 0 ? 0 : (double)results.Count(r => r.Verdict is LineVerdict.AsExpected or LineVerdict.RightlyRefused) / results.Count;

    private static List<AnnotatedLine> ReadPlan(string path, string relative)
    {
        var lines = new List<AnnotatedLine>();
        int? number = null;
        var text = string.Empty;
        var readings = new List<List<string>>();

        void Close()
        {
            if (number is { } n)
            {
                if (readings.Count == 0 || readings.Any(r => r.Count == 0))
                {
                    throw new InvalidDataException($"{relative}.plan: line {n} has an empty reading");
                }

                lines.Add(new AnnotatedLine(n, text, [.. readings.Select(r => (IReadOnlyList<string>)[.. r])]));
            }

            number = null;
            readings.Clear();
        }

        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                Close();
                continue;
            }

            var head = Head().Match(line);
            if (head.Success)
            {
                Close();
                number = int.Parse(head.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                text = head.Groups["text"].Value;
                readings.Add([]);
            }
            else if (line.StartsWith("=> ", StringComparison.Ordinal) && number is not null)
            {
                readings[^1].Add(line[3..].Trim());
            }
            else if (line.Trim() == "or" && number is not null)
            {
                readings.Add([]);
            }
            else
            {
                throw new InvalidDataException($"{relative}.plan: cannot read '{line}'");
            }
        }

        Close();
        return lines;
    }

    [GeneratedRegex("""^assert_text_visible (?<value>value="(?:[^"\\]|\\.)*") scope=section:(?<scope>"(?:[^"\\]|\\.)*")$""")]
    private static partial Regex ScopedText();

    [GeneratedRegex("""^(?:select|fill) (?<target>target="(?:[^"\\]|\\.)*")(?: kind=(?:dropdown|field))? (?<value>value="(?:[^"\\]|\\.)*")$""")]
    private static partial Regex Choice();

    [GeneratedRegex("""^(?<n>\d+):\s?(?<text>.*)$""")]
    private static partial Regex Head();
}
