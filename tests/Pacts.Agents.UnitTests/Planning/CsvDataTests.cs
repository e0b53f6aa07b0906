using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Specs;

namespace Pacts.Agents.UnitTests.Planning;

public sealed class CsvDataTests
{
    [Fact]
    public void Read_QuotedFields_KeepCommasQuotesAndLineBreaks()
    {
        var rows = Read("name,note\njane,\"a, b\"\nbob,\"say \"\"hi\"\"\"\nann,\"two\nlines\"\n", out _);

        Assert.Equal(["a, b", "say \"hi\"", "two\nlines"], rows.Select(r => r.Values["note"]));
    }

    [Fact]
    public void Read_BlankLines_AreSkippedAndLinesReferToTheFile()
    {
        var rows = Read("\nname,qty\n\njane,1\n\"multi\nline\",2\nbob,3\n", out _);

        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Equal([4, 5, 7], rows.Select(r => r.Line));
        Assert.Equal("3", rows[2].Values["qty"]);
    }

    [Fact]
    public void Read_SecretHeader_IsStrippedAndReported()
    {
        var rows = Read("user, secret:password \njane,secret123\n", out var secrets);

        Assert.Equal("secret123", rows[0].Values["password"]);
        Assert.Equal(["password"], secrets);
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_IsAnErrorOnItsLine()
    {
        var errors = new List<PlanError>();

        var rows = CsvData.Read("a,b\n1,2\n1,2,3\n\n4\n", errors, out _);

        Assert.Equal([3, 5], errors.Select(e => e.Line));
        Assert.All(errors, e => Assert.Contains("fields", e.Message, StringComparison.Ordinal));
        Assert.Single(rows);
    }

    [Theory]
    [InlineData("a,,c\n1,2,3\n", "column 2 of the header has no name")]
    [InlineData("a,b,secret:a\n1,2,3\n", "the header names 'a' twice")]
    [InlineData("a,b\n", "the CSV data has a header but no rows")]
    [InlineData(" \n", "the CSV data is empty; its first line must name the columns")]
    public void Read_BadHeader_IsAnError(string csv, string message)
    {
        var errors = new List<PlanError>();

        CsvData.Read(csv, errors, out _);

        Assert.Equal(message, Assert.Single(errors).Message);
    }

    [Fact]
    public void Read_UnclosedQuote_IsAnErrorOnItsLine()
    {
        var errors = new List<PlanError>();

        CsvData.Read("a,b\n1,2\n\"open,3\n4,5\n", errors, out _);

        Assert.Equal((3, "a quoted field is never closed"), (errors[0].Line, errors[0].Message));
    }

    private static IReadOnlyList<DataRow> Read(string csv, out IReadOnlyCollection<string> secrets)
    {
        var errors = new List<PlanError>();
        var rows = CsvData.Read(csv, errors, out secrets);
        Assert.Empty(errors);
        return rows;
    }
}
