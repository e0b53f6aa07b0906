using System.Text;
using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests.Planning;

/// <summary>
/// The outsiders' corpus: requirements written by people who never saw the grammar, annotated by someone else.
/// Lines under <c>open/</c> are checked one by one; lines under <c>held-back/</c> are only counted, never shown, so
/// nobody works on the grammar while looking at them (<c>bench/run language</c> measures them).
/// </summary>
public sealed class OutsiderCorpusTests
{
    /// <summary>The least share of open lines read as annotated (or rightly refused); raise it as the grammar grows.</summary>
    private const double OpenShareFloor = 0.56;

    private static readonly Lazy<IReadOnlyList<CorpusFile>> Files = new(() => OutsiderCorpus.Load(Root));

    // Each file is read once, not once per line under test.
    private static readonly Lazy<Dictionary<string, IReadOnlyList<LineResult>>> Results =
        new(() => Files.Value.ToDictionary(f => f.Path, OutsiderCorpus.Evaluate, StringComparer.Ordinal));

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Planning", "outsiders");

    public static IEnumerable<TheoryDataRow<string, int>> OpenLines() =>
        Files.Value.Where(f => !f.HeldBack)
            .SelectMany(f => f.Lines.Select(l => new TheoryDataRow<string, int>(f.Path, l.Line) { TestDisplayName = $"{f.Path}:{l.Line} {l.Text}" }));

    [Theory]
    [MemberData(nameof(OpenLines))]
    public void Read_OpenCorpusLine_IsReadAsAnnotatedOrRefused(string path, int line)
    {
        var result = Results.Value[path].Single(r => r.Line.Line == line);

        if (result.Verdict == LineVerdict.Misread)
        {
            Assert.Fail(Report(result));
        }
    }

    [Fact]
    public void Corpus_Files_AreAnnotatedLineByLine()
    {
        var problems = new List<string>();
        foreach (var file in Files.Value)
        {
            var errors = new List<PlanError>();
            var written = PlainTextParser.Read(file.Path, file.Content, errors).Cases.SelectMany(c => c.Steps).ToDictionary(s => s.Line);
            var annotated = file.Lines.ToDictionary(l => l.Line);
            // Held-back files are checked by line numbers only, so a failure here shows no held-back text.
            problems.AddRange(written.Keys.Except(annotated.Keys).Select(n => $"{file.Path}:{n}: not annotated"));
            problems.AddRange(annotated.Keys.Except(written.Keys).Select(n => $"{file.Path}:{n}: annotated, but not a step or expected line"));
            problems.AddRange(annotated.Values
                .Where(l => written.TryGetValue(l.Line, out var s) && !string.Equals(s.Text.Trim(), l.Text.Trim(), StringComparison.Ordinal))
                .Select(l => $"{file.Path}:{l.Line}: the annotation's text differs from the line" + (file.HeldBack ? string.Empty : $" ('{l.Text}')")));
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Corpus_HasThreeWritersSixAppsAndAHeldBackThird()
    {
        var files = Files.Value;
        var lines = files.Sum(f => f.Lines.Count);
        var heldBack = files.Where(f => f.HeldBack).Sum(f => f.Lines.Count);

        Assert.True(lines >= 400, $"the corpus has {lines} annotated lines; it needs at least 400");
        Assert.True(files.Select(f => f.Writer).Distinct().Count() >= 3, "the corpus needs at least three writers");
        Assert.True(files.Select(f => f.App).Distinct().Count() >= 6, "the corpus needs at least six kinds of app");
        Assert.InRange((double)heldBack / lines, 0.25, 0.45);
    }

    [Fact]
    public void Read_OpenCorpus_ReadsAtLeastTheFloor()
    {
        var results = Files.Value.Where(f => !f.HeldBack).SelectMany(f => Results.Value[f.Path]).ToList();
        var share = OutsiderCorpus.ShareRight(results);

        Assert.True(share >= OpenShareFloor, $"{share:P1} of {results.Count} open lines read right; the floor is {OpenShareFloor:P0}");
    }

    private static string Report(LineResult result)
    {
        var text = new StringBuilder()
            .Append(result.File.Path).Append(':').Append(result.Line.Line).Append(": ")
            .Append(result.Expectation ? "expected result" : "step").Append(" '").Append(result.Line.Text).Append("'\n");
        for (var i = 0; i < result.Line.Readings.Count; i++)
        {
            text.Append(i == 0 ? "annotated:\n" : "or:\n");
            foreach (var step in result.Line.Readings[i])
            {
                text.Append("  ").Append(step).Append('\n');
            }
        }

        text.Append("read:\n");
        foreach (var step in result.Read)
        {
            text.Append("  ").Append(step).Append('\n');
        }

        return text.ToString();
    }
}
