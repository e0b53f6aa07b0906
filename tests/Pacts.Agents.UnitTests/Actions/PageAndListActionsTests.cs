using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pacts.Agents.Planning;
using Pacts.Agents.Planning.Llm;
using Pacts.Agents.Planning.Specs;
using Pacts.Storage.Plans;

namespace Pacts.Agents.UnitTests.Actions;

/// <summary>
/// The actions that name a page or a list (open_page, assert_on_page, assert_each, assert_sorted, assert_nth) and counts
/// with a comparison: the fields each takes, that none needs a resolved element, and a spec written with them.
/// </summary>
public sealed class PageAndListActionsTests
{
    private const string Spec = """
        url: http://shop.test/
        testcases:
          - title: Orders
            steps:
              - action: open_page
                target: Orders
            assertions:
              - action: assert_on_page
                value: Orders
              - action: assert_count
                target: orders
                value: ">= 4"
              - action: assert_each
                target: Track
                kind: button
                value: order
              - action: assert_sorted
                target: date
                value: DESC
                within: section:Past orders
              - action: assert_nth
                target: order
                value: "#1042"
                ordinal: last
        """;

    public static TheoryData<StepDraft> Valid() =>
    [
        new StepDraft(StepAction.OpenPage, "Sign in"),
        new StepDraft(StepAction.AssertOnPage, Value: "Orders"),
        new StepDraft(StepAction.AssertEach, "Track", "order", ElementKind: "button"),
        new StepDraft(StepAction.AssertEach, "Track", "order", Scope: new StepScope(ScopeKind.Section, "Orders")),
        new StepDraft(StepAction.AssertSorted, "price", "ascending"),
        new StepDraft(StepAction.AssertNth, "order", "#1042", Ordinal: -1),
        new StepDraft(StepAction.AssertCount, "orders", "<=4"),
        new StepDraft(StepAction.AssertCount, "orders", "{{n}}"),
    ];

    [Theory]
    [MemberData(nameof(Valid))]
    public void Check_TheFieldsEachActionTakes_AreValid(StepDraft draft) => Assert.Null(SpecSteps.Check(draft));

    [Theory]
    [InlineData("open_page", null, null, null, null, "open_page needs a target: the page's name")]
    [InlineData("open_page", "Sign in", "/signin", null, null, "open_page does not take a value")]
    [InlineData("open_page", "Sign in", null, "link", null, "open_page does not take a kind")]
    [InlineData("assert_on_page", "Orders", null, null, null, "assert_on_page does not take a target")]
    [InlineData("assert_on_page", null, null, null, null, "assert_on_page needs a value: the page's name")]
    [InlineData("assert_each", "Track", null, "button", null, "assert_each needs a value: the items that each hold one, such as order")]
    [InlineData("assert_each", "Track", "order", null, "2", "assert_each does not take an ordinal")]
    [InlineData("assert_sorted", "price", "up", null, null, "assert_sorted needs a direction, not 'up' (did you mean: ascending or descending)")]
    [InlineData("assert_sorted", null, "ascending", null, null, "assert_sorted needs a target: the field the items are sorted by")]
    [InlineData("assert_nth", "order", "#1042", null, null, "assert_nth needs an ordinal: which item, 1 for the first, -1 for the last (did you mean: first, 2 or last)")]
    [InlineData("assert_count", "orders", "=>4", null, null, "assert_count needs a whole number, not '=>4' (did you mean: 4, >=4, <=4, >4 or <4)")]
    public void ToDraft_WrongFields_SayWhatTheActionTakes(string action, string? target, string? value, string? kind, string? ordinal, string error)
    {
        Assert.Null(SpecSteps.ToDraft(new SpecStep(action, target, value, Kind: kind, Ordinal: ordinal), out var message));
        Assert.Equal(error, message);
    }

    [Fact]
    public void NeedsElement_IsFalse_ForPagesAndListItems()
    {
        StepAction[] actions = [StepAction.OpenPage, StepAction.AssertOnPage, StepAction.AssertEach, StepAction.AssertSorted, StepAction.AssertNth, StepAction.AssertCount];

        Assert.All(actions, a => Assert.False(new PlanStep(1, a, "Orders", "x", null, null, null, 1, 1, 1, "a line", true).NeedsElement));
        Assert.True(new PlanStep(1, StepAction.Click, "Orders", null, null, null, null, null, 1, 1, "Click Orders", false).NeedsElement);
    }

    [Fact]
    public void ActionNames_KnowTheNewNames()
    {
        Assert.All(["open_page", "assert_on_page", "assert_each", "assert_sorted", "assert_nth"], name => Assert.Contains(name, ActionNames.All));
        Assert.True(ActionNames.TryParse("open-page", out var open) && open == StepAction.OpenPage);
        Assert.False(ActionNames.IsAssertion(StepAction.OpenPage));
        Assert.True(ActionNames.IsAssertion(StepAction.AssertNth));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task PlanAsync_SpecWithTheNewActions_GivesTheirStepsNormalized(bool json)
    {
        var content = json ? ToJson() : Spec;
        var planner = new Planner(new NoLlm(), new NoPlans(), Options.Create(new PlanningOptions()), TimeProvider.System, NullLogger<Planner>.Instance);

        var result = await planner.PlanAsync(new PlanRequest(json ? "orders.json" : "orders.yaml", content), TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join("; ", result.Errors));
        Assert.Equal(
        [
            "open_page target=\"Orders\"",
            "assert_on_page value=\"Orders\"",
            "assert_count target=\"orders\" value=\">=4\"",
            "assert_each target=\"Track\" kind=button value=\"order\"",
            "assert_sorted target=\"date\" value=\"descending\" scope=section:\"Past orders\"",
            "assert_nth target=\"order\" value=\"#1042\" ordinal=last",
        ], result.Plan!.TestCases[0].Steps.Select(s => s.ToDraft().Describe()));
        Assert.Equal([false, true, true, true, true, true], result.Plan.TestCases[0].Steps.Select(s => s.IsExpectation));
    }

    private static string ToJson() => """
        {
          "url": "http://shop.test/",
          "testcases": [{
            "title": "Orders",
            "steps": [{ "action": "open_page", "target": "Orders" }],
            "assertions": [
              { "action": "assert_on_page", "value": "Orders" },
              { "action": "assert_count", "target": "orders", "value": ">= 4" },
              { "action": "assert_each", "target": "Track", "kind": "button", "value": "order" },
              { "action": "assert_sorted", "target": "date", "value": "DESC", "within": "section:Past orders" },
              { "action": "assert_nth", "target": "order", "value": "#1042", "ordinal": "last" }
            ]
          }]
        }
        """;

    private sealed class NoLlm : ILlmLineReader
    {
        public bool IsConfigured => false;

        public string Model => "none";

        public Task<IReadOnlyList<LineReading>> ReadAsync(string requirementName, IReadOnlyList<UnreadLine> lines, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("no LLM: every step here is structured");
    }

    private sealed class NoPlans : IPlanStore
    {
        public Task<StoredPlan?> FindAsync(string contentHash, CancellationToken cancellationToken) => Task.FromResult<StoredPlan?>(null);

        public Task SaveAsync(StoredPlan plan, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
