using Pacts.Agents.Planning;

namespace Pacts.Agents.UnitTests.Actions;

public sealed class CountValueTests
{
    [Theory]
    [InlineData("4", "=", 4, "4", "4")]
    [InlineData(" =4 ", "=", 4, "4", "4")]
    [InlineData(">=4", ">=", 4, ">=4", "at least 4")]
    [InlineData(">= 4", ">=", 4, ">=4", "at least 4")]
    [InlineData("≥4", ">=", 4, ">=4", "at least 4")]
    [InlineData("<=0", "<=", 0, "<=0", "at most 0")]
    [InlineData("≤ 2", "<=", 2, "<=2", "at most 2")]
    [InlineData(">4", ">", 4, ">4", "more than 4")]
    [InlineData("<10", "<", 10, "<10", "fewer than 10")]
    public void TryParse_WrittenForms_GiveTheComparisonTheCanonicalFormAndWords(string written, string comparison, int number, string canonical, string words)
    {
        Assert.True(CountValue.TryParse(written, out var value));

        Assert.Equal((comparison, number, canonical, words), (value.Comparison, value.Number, value.ToString(), value.Words));
    }

    [Theory]
    [InlineData("")]
    [InlineData("two")]
    [InlineData("=>4")]
    [InlineData("4.5")]
    [InlineData("-1")]
    [InlineData(">=")]
    [InlineData("4 or more")]
    [InlineData(null)]
    public void TryParse_NotACount_IsFalse(string? written) => Assert.False(CountValue.TryParse(written, out _));

    [Theory]
    [InlineData("4", 4, true)]
    [InlineData("4", 5, false)]
    [InlineData(">=4", 4, true)]
    [InlineData(">=4", 3, false)]
    [InlineData("<=4", 4, true)]
    [InlineData("<=4", 5, false)]
    [InlineData(">4", 4, false)]
    [InlineData(">4", 5, true)]
    [InlineData("<4", 3, true)]
    [InlineData("<4", 4, false)]
    public void Holds_ComparesTheCountFound(string written, int found, bool holds)
    {
        Assert.True(CountValue.TryParse(written, out var value));

        Assert.Equal(holds, value.Holds(found));
    }
}
