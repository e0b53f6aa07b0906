using Pacts.Agents.Planning;

namespace Pacts.EndToEndTests;

/// <summary>
/// The checks on the repeated items of a list in Chromium (assert_each, assert_sorted, assert_nth, assert_count with a
/// comparison): a page that passes, one that fails, and what the failure says it found. Each page also holds a list
/// that is not the one named (the navigation), which the checks must pass over.
/// </summary>
public sealed class ListCheckTests(DiscoveryCorpusFixture fixture) : IClassFixture<DiscoveryCorpusFixture>
{
    private const string Nav = "<nav><ul><li><a href='/start'>Home</a></li><li><a href='/orders'>Orders</a></li><li><a href='/help'>Help</a></li></ul></nav>";

    private readonly StepHarness _steps = new(fixture.Browser);

    [Fact]
    public async Task AssertEach_EveryRowHoldsTheControl_Passes_AndARowWithoutOneIsNamed()
    {
        var passing = await RunAsync(Orders(), Each("Track", "button", "order"), Each("Track", null, "orders"));
        var failing = await RunAsync(Orders(withoutTrack: 1), Each("Track", "button", "order"));

        Assert.All(passing, o => Assert.True(o.Passed, o.Message));
        Assert.Equal("4 of 4 orders have a Track button", passing[0].Actual);
        var outcome = Assert.Single(failing);
        Assert.False(outcome.Passed);
        Assert.Equal("3 of 4 orders have a Track button; missing in: #1043", outcome.Message);
        Assert.Equal("every order has a Track button", outcome.Expected);
    }

    [Fact]
    public async Task AssertEach_Cards_ByAriaLabel_AndNoItems_SaysSo()
    {
        const string Cards = """
            <main><div class='grid'>
              <article class='product'><h3>Blue Mug</h3><p>$12.00</p><button aria-label='Add Blue Mug to basket'>+</button></article>
              <article class='product'><h3>Red Mug</h3><p>$14.00</p><button aria-label='Add Red Mug to basket'>+</button></article>
              <article class='product'><h3>Flask</h3><p>$18.00</p><button title='Add Flask to basket'>+</button></article>
            </div></main>
            """;

        var cards = await RunAsync(Cards, Each("Add", "button", "product"));
        var empty = await RunAsync("<main><p>No orders yet</p></main>", Each("Track", "button", "order"));

        Assert.True(cards[0].Passed, cards[0].Message);
        Assert.Equal("checked: every order has a Track button; found no orders listed", empty[0].Message);
    }

    [Theory]
    [InlineData("total", "ascending", "$12.00, $950.00, $1,200.00, $1,250.50 in the Total column")]
    [InlineData("date", "ascending", "Mar 3, 2024, Mar 9, 2024, Apr 1, 2024, Apr 20, 2024 in the Date column")]
    [InlineData("order", "ascending", "#1042, #1043, #1044, #1045 in the Order column")]
    [InlineData("customer", "descending", "zoe, Yann, ben, Ada in the Customer column")]
    public async Task AssertSorted_ColumnsOfMoneyDatesNumbersAndText_Pass(string field, string direction, string found)
    {
        var outcome = Assert.Single(await RunAsync(Orders(), new StepDraft(StepAction.AssertSorted, field, direction)));

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal((found, $"sorted by {field}, {direction}"), (outcome.Actual, outcome.Expected));
    }

    [Theory]
    [InlineData("total", "descending", "checked: sorted by total, descending; found '$12.00' (row 1) before '$950.00' (row 2) in the Total column")]
    [InlineData("status", "ascending", "checked: sorted by status, ascending; found 'Shipped' (row 1) before 'Processing' (row 2) in the Status column")]
    public async Task AssertSorted_OutOfOrder_NamesTheFirstPair(string field, string direction, string message)
    {
        var outcome = Assert.Single(await RunAsync(Orders(), new StepDraft(StepAction.AssertSorted, field, direction)));

        Assert.False(outcome.Passed);
        Assert.Equal(message, outcome.Message);
    }

    [Fact]
    public async Task AssertSorted_AValueThatCannotBeRead_NamesItsRow()
    {
        var html = Orders().Replace("<td>$950.00</td>", "<td>on request</td>", StringComparison.Ordinal);

        var outcome = Assert.Single(await RunAsync(html, new StepDraft(StepAction.AssertSorted, "total", "ascending")));

        Assert.Equal("checked: sorted by total, ascending; found no total could be read in row 2 ('#1043'), reading the Total column", outcome.Message);
    }

    [Fact]
    public async Task AssertSorted_CardsWithoutATable_ReadTheAmountOrTheName()
    {
        const string Cards = """
            <main><ul class='results'>
              <li><h3>Cork Coasters</h3><span class='price'>£8.50</span><small>Ships in 2 days</small></li>
              <li><h3>blue mug</h3><span class='price'>£12.00</span><small>Ships in 1 day</small></li>
              <li><h3>Teapot</h3><span class='price'>£1.029,00</span><small>Ships in 9 days</small></li>
            </ul></main>
            """;

        var outcomes = await RunAsync(Cards, new StepDraft(StepAction.AssertSorted, "price", "ascending"), new StepDraft(StepAction.AssertSorted, "name", "ascending"));

        Assert.True(outcomes[0].Passed, outcomes[0].Message);
        Assert.False(outcomes[1].Passed);
        Assert.Equal("'Cork Coasters' (item 1) before 'blue mug' (item 2) in the name of each item", outcomes[1].Actual);
    }

    [Fact]
    public async Task AssertNth_FirstAndLast_Pass_AndAWrongOneSaysWhatItShows()
    {
        var outcomes = await RunAsync(Orders(), Nth("order", "#1042", 1), Nth("order", "#1045", -1), Nth("row", "Yann", 2), Nth("order", "#1042", 2));
        var beyond = await RunAsync(Orders(), Nth("order", "#1042", 9));

        Assert.All(outcomes.Take(3), o => Assert.True(o.Passed, o.Message));
        Assert.Equal("checked: the second order shows '#1042'; found '#1043 Mar 9, 2024 $950.00 Yann Processing Track'", outcomes[3].Message);
        Assert.Equal("checked: the ninth order shows '#1042'; found only 4 orders listed", beyond[0].Message);
    }

    [Theory]
    [InlineData("4", true, null)]
    [InlineData(">=4", true, null)]
    [InlineData("<5", true, null)]
    [InlineData("<=4", true, null)]
    [InlineData(">4", false, "found 4 'orders', not more than 4")]
    [InlineData("<=3", false, "found 4 'orders', not at most 3")]
    [InlineData("5", false, "found 4 'orders', not 5")]
    public async Task AssertCount_WithAComparison_CountsTheNamedListOnly(string value, bool passes, string? message)
    {
        var outcome = Assert.Single(await RunAsync(Orders(), new StepDraft(StepAction.AssertCount, "orders", value)));

        Assert.True(outcome.Passed == passes, outcome.Message);
        Assert.Equal(message, outcome.Message);
    }

    [Fact]
    public async Task AssertCount_AtLeast_WaitsForRowsThatArriveLater()
    {
        const string Late = "<main><table><tbody id='t'><tr><td>#1</td></tr></tbody></table></main><script>setTimeout(() => { for (let i = 2; i <= 5; i++) document.getElementById('t').insertAdjacentHTML('beforeend', `<tr><td>#${i}</td></tr>`); }, 300)</script>";

        var outcome = Assert.Single(await StepHarness.RunDraftsPatientlyAsync(await _steps.OpenAsync(Late), new StepDraft(StepAction.AssertCount, "rows", ">=4")));

        Assert.True(outcome.Passed, outcome.Message);
        Assert.Equal(("at least 4", "5"), (outcome.Expected, outcome.Actual));
    }

    private async Task<List<Pacts.Agents.Execution.StepOutcome>> RunAsync(string html, params StepDraft[] steps) =>
        await StepHarness.RunDraftsAsync(await _steps.OpenAsync(html), steps);

    private static StepDraft Each(string control, string? kind, string noun) => new(StepAction.AssertEach, control, noun, ElementKind: kind);

    private static StepDraft Nth(string noun, string text, int ordinal) => new(StepAction.AssertNth, noun, text, Ordinal: ordinal);

    // Four orders, sorted by number, date and total; customers in descending order (whatever their case).
    private static string Orders(int? withoutTrack = null)
    {
        string[][] rows = [["#1042", "Mar 3, 2024", "$12.00", "zoe", "Shipped"], ["#1043", "Mar 9, 2024", "$950.00", "Yann", "Processing"],
            ["#1044", "Apr 1, 2024", "$1,200.00", "ben", "Delivered"], ["#1045", "Apr 20, 2024", "$1,250.50", "Ada", "Shipped"]];
        var body = string.Concat(rows.Select((r, i) =>
            $"<tr>{string.Concat(r.Select(c => $"<td>{c}</td>"))}<td>{(i == withoutTrack ? "" : "<button>Track</button>")}</td></tr>"));
        return $"{Nav}<main><h1>Your orders</h1><table><thead><tr><th>Order</th><th>Date</th><th>Total</th><th>Customer</th><th>Status</th><th></th></tr></thead><tbody>{body}</tbody></table></main>";
    }
}
