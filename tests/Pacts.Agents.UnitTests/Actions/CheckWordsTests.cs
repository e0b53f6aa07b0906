using Pacts.Agents.Execution;

namespace Pacts.Agents.UnitTests.Actions;

public sealed class CheckWordsTests
{
    [Theory]
    [InlineData("order", "order", "orders")]
    [InlineData("orders", "order", "orders")]
    [InlineData("entry", "entry", "entries")]
    [InlineData("entries", "entry", "entries")]
    [InlineData("box", "box", "boxes")]
    [InlineData("address", "address", "addresses")]
    [InlineData("day", "day", "days")]
    public void SingularAndPlural_OfTheNounAsWritten(string noun, string one, string many) =>
        Assert.Equal((one, many), (CheckWords.Singular(noun), CheckWords.Plural(noun)));

    [Theory]
    [InlineData(1, "first")]
    [InlineData(3, "third")]
    [InlineData(10, "tenth")]
    [InlineData(11, "11th")]
    [InlineData(21, "21st")]
    [InlineData(22, "22nd")]
    [InlineData(113, "113th")]
    [InlineData(-1, "last")]
    public void Ordinal_InWords(int ordinal, string words) => Assert.Equal(words, CheckWords.Ordinal(ordinal));

    [Theory]
    [InlineData("Track", "button", "a Track button")]
    [InlineData("Edit", "link", "an Edit link")]
    [InlineData("Rename", "menu_item", "a Rename menu item")]
    [InlineData("Track", null, "'Track'")]
    public void Control_NamesItWithItsKind(string target, string? kind, string words) => Assert.Equal(words, CheckWords.Control(target, kind));

    [Theory]
    [InlineData("http://x.test/signin?next=%2F", "/signin", "/signin?next=%2F")]
    [InlineData("http://x.test/a/b#top", "/a", "/a/b#top")]
    [InlineData("http://x.test/cart.html", "cart.html", "http://x.test/cart.html")]
    public void Address_ShowsThePathForAPathCheck(string url, string fragment, string shown) => Assert.Equal(shown, CheckWords.Address(url, fragment));

    [Fact]
    public void List_LongOnesEndWithHowManyMore()
    {
        Assert.Equal("a, b", CheckWords.List(["a", "b"]));
        Assert.Equal("a, b and 3 more", CheckWords.List(["a", "b", "c", "d", "e"], 2));
        Assert.Equal("'abcd…'", CheckWords.Quote("abcdefgh", 5));
    }
}
