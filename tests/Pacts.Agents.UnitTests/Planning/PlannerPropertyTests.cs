using System.Text;
using CsCheck;
using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests.Planning;

/// <summary>
/// The grammar and the plain-text parser never throw: any line, however broken, gives steps or an error. Inputs are
/// random text, grammar words in random order, and corpus lines with characters and words deleted, inserted, swapped,
/// duplicated or dropped, quotes unbalanced, unicode and control characters, and lengths up to 5,000 characters.
/// </summary>
public sealed class PlannerPropertyTests
{
    private const int MaxLength = 5_000;

    private static readonly string[] CorpusLines =
        [.. PhrasingCorpus.Steps.Concat(PhrasingCorpus.Rejects).Select(c => c.Line).Distinct(StringComparer.Ordinal)];

    private static readonly string[] Words =
    [
        "click", "Click on", "tap", "press", "the", "a", "button", "link", "field", "checkbox", "radio button", "dropdown",
        "tab", "menu item", "for", "next to", "in the", "row", "containing", "section", "dialog", "modal", "card", "under",
        "enter", "type", "into", "in", "with", "as", "set", "to", "fill in:", "=", ":", ",", ";", "and", "or", "only",
        "exactly", "verify", "check that", "assert", "expect", "ensure", "should", "not", "is", "visible", "hidden", "gone",
        "enabled", "disabled", "checked", "selected", "shows", "contains", "has value", "value of", "there are", "3", "2nd",
        "last", "first", "URL", "title", "page", "wait", "for", "seconds", "ms", "until", "appear", "disappear", "select",
        "from", "upload", "attach", "scroll to", "go back", "reload", "log in as", "with password", "sign in", "hover over",
        "double-click", "Enter", "Ctrl+A", "key", "in that order", "before", "to submit", "so that", "\"", "'", "\"Blue Mug\"",
        "Add to cart", "/cart.html", "https://example.com/", "I", "User", "Then", "the user", "in order to", "labelled",
    ];

    private static readonly string[] Unicode =
        ["é", "ß", "İ", "ﬁ", "漢字", "🙂", "\u200B", "\u202E", "\uFEFF", "\u00A0", "\uD800", "\uDFFF", "Ω", "ı", "“", "”", "’"];

    private static readonly string[] Controls = ["\0", "\t", "\r", "\n", "\r\n", "\u0007", "\u001B", "\u0085", "\u2028", "\u007F"];

    private static readonly Gen<string> AnyText = Gen.Char.Array[0, 200].Select(c => new string(c));

    private static readonly Gen<string> WordSalad = Gen.Select(
        Gen.OneOf(Words).Array[0, 30],
        Gen.OneOf(" ", " ", " ", "", "  ", "\"", ", "),
        (w, separator) => string.Join(separator, w));

    private static readonly Gen<Mutation> Mutations = Gen.Select(
        Gen.Int[0, 11], Gen.Int[0, 1_000_000], Gen.Char, (kind, position, c) => new Mutation(kind, position, c));

    private static readonly Gen<string> MutatedLine = Gen.Select(
        Gen.OneOf(CorpusLines), Mutations.Array[1, 6], (line, mutations) => Cap(mutations.Aggregate(line, Apply)));

    private static readonly Gen<string> AnyLine = Gen.OneOf<string>(Gen.String[0, 200], AnyText, WordSalad, MutatedLine);

    [Fact]
    public void Read_RandomText_NeverThrows()
    {
        Gen.OneOf<string>(Gen.String[0, 300], AnyText, WordSalad).Sample(AssertReadsCleanly, iter: 600);
    }

    [Fact]
    public void Read_MutatedCorpusLines_NeverThrow()
    {
        MutatedLine.Sample(AssertReadsCleanly, iter: 600);
    }

    [Theory]
    [InlineData(990)]
    [InlineData(MaxLength)]
    public void Read_VeryLongLines_Completes(int length)
    {
        // 990 stays under a line-length cap a grammar may have, so the patterns really run on long input; a pattern
        // that backtracks catastrophically shows up here as a test that never ends.
        var lines = new List<string>
        {
            "Click the " + new string('a', length - 10),
            new string('"', length),
            new string(' ', length),
            "Verify " + new string('x', length - 20) + " is visible",
            Repeat("Enter x in the ", string.Empty, length),
            Repeat("the ", string.Empty, length),
            Repeat("Click the Add to cart button for ", "Blue Mug", length),
            Repeat("Verify \"a\" and ", "\"b\" is visible", length),
            Repeat("Verify the page shows \"a\" and the banner is gone; ", string.Empty, length),
            Repeat("a, ", "b appear in that order", length),
            Repeat("Fill in: a = b, ", string.Empty, length),
            Repeat("Log in as jane with password ", "x", length),
            Repeat("Select x from ", "the Country dropdown", length),
            Repeat("Wait for ", "x to appear", length),
            Repeat("Click the button to submit ", "the form", length),
            Repeat("in the row containing ", "x", length),
            Repeat("\"x\" ", "is not visible", length),
            Repeat("; and ", string.Empty, length),
            Repeat("Verify the cart lists exactly a, ", "b", length),
            Repeat("Press Ctrl+", "A", length),
        };
        lines.AddRange(CorpusLines.Where((_, i) => i % 20 == 0).Select(l => Repeat(l + " ", string.Empty, length)));

        foreach (var line in lines)
        {
            Assert.True(line.Length <= length);
            AssertReadsCleanly(line);
        }
    }

    [Fact]
    public void Parse_RequirementWithBrokenLines_NeverThrows()
    {
        Gen.Select(AnyLine.Array[0, 8], AnyLine.Array[0, 4], Gen.Bool, (steps, expected, numbered) => Requirement(steps, expected, numbered))
            .Sample(AssertParsesCleanly, iter: 80);
    }

    [Fact]
    public void Parse_RandomDocuments_NeverThrow()
    {
        var headers = Gen.OneOf("Test:", "URL:", "Test Steps:", "Steps:", "Expected:", "Description:", "Scenario:", "1.", "-", "*", "#", "Data:");
        var line = Gen.Select(headers, AnyLine, (h, l) => h + " " + l);
        var document = Gen.Select(Gen.OneOf<string>(line, AnyLine).Array[0, 12], Gen.OneOf("\n", "\r\n", "\r"), (lines, eol) => string.Join(eol, lines));

        Gen.OneOf<string>(document, AnyText, Gen.String[0, 500]).Sample(AssertParsesCleanly, iter: 200);
    }

    private static void AssertReadsCleanly(string line)
    {
        foreach (var expectation in (bool[])[false, true])
        {
            var read = StepGrammar.Read(line, expectation);
            Assert.NotNull(read.Steps);
            if (read.Error is null)
            {
                Assert.True(read.Steps.Count > 0 || read.OpensForm, "a line read without error gives steps or opens a form");
                foreach (var step in read.Steps)
                {
                    Assert.True(Enum.IsDefined(step.Action));
                    Assert.False(string.IsNullOrEmpty(step.Describe()));
                }
            }
            else
            {
                Assert.Empty(read.Steps);
            }
        }
    }

    private static void AssertParsesCleanly(string content)
    {
        var result = PlainTextParser.Parse("property.txt", content);

        Assert.NotNull(result.Errors);
        Assert.Equal(result.Plan is null, result.Errors.Count > 0);
        foreach (var error in result.Errors)
        {
            Assert.True(error.Line >= 1 && error.Column >= 1, $"error at {error.Line}:{error.Column}");
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
        }
    }

    private static string Requirement(string[] steps, string[] expected, bool numbered)
    {
        var text = new StringBuilder("Test: property\nURL: http://127.0.0.1:5180/shop/\nTest Steps:\n");
        for (var i = 0; i < steps.Length; i++)
        {
            text.Append(numbered ? $"{i + 1}. " : "- ").Append(steps[i]).Append('\n');
        }

        text.Append("Expected:\n");
        foreach (var line in expected)
        {
            text.Append("- ").Append(line).Append('\n');
        }

        return text.ToString();
    }

    private static string Repeat(string part, string end, int length)
    {
        var text = new StringBuilder();
        while (text.Length + part.Length + end.Length <= length)
        {
            text.Append(part);
        }

        return text.Append(end).ToString();
    }

    private static string Apply(string text, Mutation m)
    {
        var words = text.Split(' ');
        var at = text.Length == 0 ? 0 : m.Position % text.Length;
        return m.Kind switch
        {
            0 when text.Length > 0 => text.Remove(at, 1),
            1 => text.Insert(m.Position % (text.Length + 1), m.Char.ToString()),
            2 when text.Length > 1 => Swap(text, m.Position % (text.Length - 1)),
            3 => string.Join(' ', words.Take(m.Position % words.Length + 1).Concat(words.Skip(m.Position % words.Length))),
            4 when words.Length > 1 => string.Join(' ', words.Where((_, i) => i != m.Position % words.Length)),
            5 => text.Insert(m.Position % (text.Length + 1), m.Position % 2 == 0 ? "\"" : "'"),
            6 => Grow(text, 200 + m.Position % (MaxLength - 200 + 1)),
            7 => text.Insert(m.Position % (text.Length + 1), Unicode[m.Position % Unicode.Length]),
            8 => text.Insert(m.Position % (text.Length + 1), Controls[m.Position % Controls.Length]),
            9 => m.Position % 2 == 0 ? text.ToUpperInvariant() : text.ToLowerInvariant(),
            10 => text[..at],
            11 => text.Replace("\"", string.Empty, StringComparison.Ordinal),
            _ => text,
        };
    }

    private static string Cap(string text) => text.Length > MaxLength ? text[..MaxLength] : text;

    private static string Swap(string text, int at)
    {
        var chars = text.ToCharArray();
        (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
        return new string(chars);
    }

    private static string Grow(string text, int length)
    {
        if (text.Length == 0)
        {
            return new string('x', length);
        }

        var grown = new StringBuilder(length + text.Length);
        while (grown.Length < length)
        {
            grown.Append(text).Append(' ');
        }

        return grown.ToString(0, Math.Min(length, MaxLength));
    }

    private sealed record Mutation(int Kind, int Position, char Char);
}
