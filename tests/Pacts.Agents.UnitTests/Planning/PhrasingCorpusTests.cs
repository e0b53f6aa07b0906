using System.Text;
using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests.Planning;

/// <summary>
/// Runs the phrasing corpus (<c>corpus/*.txt</c>: lines to read, one file per family; <c>corpus/rejects*.txt</c>: lines to refuse) through <see cref="StepGrammar.Read"/>:
/// one test case per corpus line, named by the line, failing with the line, what was expected and what was read.
/// </summary>
public sealed class PhrasingCorpusTests
{
    public static IEnumerable<TheoryDataRow<string>> StepCases() =>
        PhrasingCorpus.Steps.Select(c => new TheoryDataRow<string>(c.Location) { TestDisplayName = c.Written });

    public static IEnumerable<TheoryDataRow<string>> RejectCases() =>
        PhrasingCorpus.Rejects.Select(c => new TheoryDataRow<string>(c.Location) { TestDisplayName = c.Written });

    [Theory]
    [MemberData(nameof(StepCases))]
    public void Read_CorpusLine_GivesTheExpectedSteps(string location)
    {
        var corpusCase = PhrasingCorpus.At(location);
        if (corpusCase.Expected.Count == 0)
        {
            Assert.Fail($"{location}: the corpus case '{corpusCase.Written}' has no '=> ' line");
        }

        var read = StepGrammar.Read(corpusCase.Line, corpusCase.Expectation);
        var actualSteps = read.Steps.Select(s => s.Describe()).ToArray();
        if (read.Error is not null || !actualSteps.SequenceEqual(corpusCase.Expected, StringComparer.Ordinal))
        {
            Assert.Fail(Report(corpusCase, corpusCase.Expected, read));
        }

        AssertSameAsSecondRead(corpusCase, read);
    }

    [Theory]
    [MemberData(nameof(RejectCases))]
    public void Read_RejectedCorpusLine_GivesAnErrorAndASuggestion(string location)
    {
        var corpusCase = PhrasingCorpus.At(location);
        var errorPart = corpusCase.Expected.Count == 1
            ? corpusCase.Expected[0]
            : throw new InvalidDataException($"{location}: a reject needs exactly one '!! ' line");

        var read = StepGrammar.Read(corpusCase.Line, corpusCase.Expectation);
        if (read.Steps.Count > 0
            || read.Error is null
            || !read.Error.Contains(errorPart, StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(read.Suggestion))
        {
            Assert.Fail(Report(corpusCase, [$"no steps; an error containing '{errorPart}'; a suggestion"], read));
        }

        AssertSameAsSecondRead(corpusCase, read);
    }

    [Fact]
    public void Corpus_Files_HoldEnoughWellFormedCases()
    {
        var steps = PhrasingCorpus.Steps;
        var rejects = PhrasingCorpus.Rejects;

        Assert.True(steps.Count >= 150, $"steps.txt has {steps.Count} cases; the corpus needs at least 150");
        Assert.True(rejects.Count >= 30, $"rejects.txt has {rejects.Count} cases; the corpus needs at least 30");
        var distinct = steps.Select(c => c.Written).Distinct(StringComparer.Ordinal).Count();
        Assert.True(distinct >= 150, $"steps.txt has {distinct} distinct lines; the corpus needs at least 150");

        var malformed = steps.Concat(rejects).Where(c => c.Expected.Count == 0).Select(c => $"{c.Location}: no expected line").ToList();
        Assert.True(malformed.Count == 0, string.Join('\n', malformed));
        var oneErrorEach = rejects.Where(c => c.Expected.Count != 1).Select(c => $"{c.Location}: a reject needs exactly one '!! ' line").ToList();
        Assert.True(oneErrorEach.Count == 0, string.Join('\n', oneErrorEach));
    }

    [Fact]
    public void Corpus_ExpectedLines_NameKnownActionsAndCoverEveryAction()
    {
        var named = PhrasingCorpus.Steps
            .SelectMany(c => c.Expected.Select(e => (c.Location, Action: e.Split(' ', 2)[0])))
            .ToList();

        var unknown = named.Where(n => !ActionNames.All.Contains(n.Action, StringComparer.Ordinal))
            .Select(n => $"{n.Location}: unknown action '{n.Action}'")
            .ToList();
        Assert.True(unknown.Count == 0, string.Join('\n', unknown));
        var missing = ActionNames.All.Except(named.Select(n => n.Action), StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, $"no corpus case expects: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Read_FillInTheForm_OpensAFormWithoutSteps()
    {
        const string line = "Fill in the form:";
        var read = StepGrammar.Read(line, expectation: false);

        Assert.True(read.Error is null, $"'{line}' gave the error: {read.Error}");
        Assert.Empty(read.Steps);
        Assert.True(read.OpensForm, $"'{line}' should open a form block");
    }

    private static void AssertSameAsSecondRead(CorpusCase corpusCase, LineRead first)
    {
        var second = StepGrammar.Read(corpusCase.Line, corpusCase.Expectation);
        var firstText = Render(first);
        var secondText = Render(second);
        if (!string.Equals(firstText, secondText, StringComparison.Ordinal))
        {
            Assert.Fail($"{corpusCase.Location}: reading '{corpusCase.Line}' twice gave different results\nfirst:\n{firstText}\nsecond:\n{secondText}");
        }
    }

    private static string Report(CorpusCase corpusCase, IReadOnlyList<string> expected, LineRead read)
    {
        var text = new StringBuilder()
            .Append(corpusCase.Location).Append(": ").Append(corpusCase.Expectation ? "expected result" : "step")
            .Append(" '").Append(corpusCase.Line).Append("'\n")
            .Append("expected:\n");
        foreach (var e in expected)
        {
            text.Append("  ").Append(e).Append('\n');
        }

        return text.Append("actual:\n").Append(Render(read)).ToString();
    }

    private static string Render(LineRead read)
    {
        var text = new StringBuilder();
        foreach (var step in read.Steps)
        {
            text.Append("  ").Append(step.Describe()).Append('\n');
        }

        if (read.Steps.Count == 0)
        {
            text.Append("  (no steps)\n");
        }

        if (read.Error is not null)
        {
            text.Append("  error: ").Append(read.Error).Append('\n');
        }

        if (read.Suggestion is not null)
        {
            text.Append("  suggestion: ").Append(read.Suggestion).Append('\n');
        }

        if (read.OpensForm)
        {
            text.Append("  opens a form\n");
        }

        return text.ToString();
    }
}

/// <summary>One case of the phrasing corpus: a line as written in the file, and what it must give.</summary>
/// <param name="Location">"file:line" of the line under test.</param>
/// <param name="Written">The line as written in the file (with its <c>@expect </c> marker, if any).</param>
/// <param name="Line">The line given to the grammar.</param>
/// <param name="Expectation">True for <c>@expect</c> lines, read as lines under <c>Expected:</c>.</param>
/// <param name="Expected">The <c>=> </c> steps (steps.txt) or the <c>!! </c> error text (rejects.txt).</param>
internal sealed record CorpusCase(string Location, string Written, string Line, bool Expectation, IReadOnlyList<string> Expected);

/// <summary>Reads the corpus files copied next to the test assembly.</summary>
internal static class PhrasingCorpus
{
    private const string ExpectMarker = "@expect ";

    // Every file of the corpus folder: rejects*.txt are lines to refuse, the others lines to read (one file per family).
    private static readonly Lazy<IReadOnlyList<CorpusCase>> LazySteps = new(() => [.. Files(rejects: false).SelectMany(f => Load(f, "=> "))]);

    private static readonly Lazy<IReadOnlyList<CorpusCase>> LazyRejects = new(() => [.. Files(rejects: true).SelectMany(f => Load(f, "!! "))]);

    private static readonly Lazy<Dictionary<string, CorpusCase>> ByLocation =
        new(() => Steps.Concat(Rejects).ToDictionary(c => c.Location, StringComparer.Ordinal));

    public static IReadOnlyList<CorpusCase> Steps => LazySteps.Value;

    public static IReadOnlyList<CorpusCase> Rejects => LazyRejects.Value;

    /// <summary>The case whose line under test is at <paramref name="location"/> ("steps.txt:12").</summary>
    public static CorpusCase At(string location) => ByLocation.Value[location];

    private static IEnumerable<string> Files(bool rejects) =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Planning", "corpus"), "*.txt")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(n => n.StartsWith("rejects", StringComparison.Ordinal) == rejects)
            .Order(StringComparer.Ordinal);

    private static List<CorpusCase> Load(string fileName, string marker)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Planning", "corpus", fileName);
        var lines = File.ReadAllLines(path);
        var cases = new List<CorpusCase>();
        string? written = null;
        var lineNumber = 0;
        var expected = new List<string>();

        void Close()
        {
            if (written is not null)
            {
                var isExpectation = written.StartsWith(ExpectMarker, StringComparison.Ordinal);
                var line = isExpectation ? written[ExpectMarker.Length..] : written;
                cases.Add(new CorpusCase($"{fileName}:{lineNumber}", written, line, isExpectation, [.. expected]));
            }

            written = null;
            expected.Clear();
        }

        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (text.Trim().Length == 0 || text.StartsWith('#'))
            {
                Close();
            }
            else if (text.StartsWith(marker, StringComparison.Ordinal))
            {
                if (written is null)
                {
                    throw new InvalidDataException($"{fileName}:{i + 1}: '{marker.Trim()}' line with no line under test above it");
                }

                expected.Add(text[marker.Length..]);
            }
            else
            {
                Close();
                written = text;
                lineNumber = i + 1;
            }
        }

        Close();
        return cases;
    }
}
